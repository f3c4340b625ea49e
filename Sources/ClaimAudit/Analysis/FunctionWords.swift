/// Closed classes of English words the attribution grammar needs, as sets of
/// token keys. These are facts of the language, not configuration, so they
/// live here rather than in `rules/lexicons-*.xml`.
enum FunctionWords {
    static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map(TokenKey.of)) }

    /// Words that open a noun phrase or quantify it.
    static let determiners = keys([
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "some", "several", "many", "multiple", "various", "both", "all", "any", "each", "few", "other", "another",
        "no", "more", "most", "such", "certain", "numerous", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "dozens", "one", "additional", "top",
    ])

    /// Determiners and quantifiers that say nothing about who a source is.
    static let nonDescriptive = keys([
        "the", "a", "an", "this", "that", "these", "those", "some", "several", "many", "multiple", "various",
        "both", "all", "any", "each", "few", "other", "another", "more", "most", "such", "certain", "numerous",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
        "dozen", "one", "additional", "of", "unnamed", "anonymous", "unidentified", "number",
    ])

    /// Determiners that cannot be a subject on their own ("the said" is not
    /// a clause; "several said" is).
    static let articles = keys([
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "no",
        "such", "every", "each", "other", "more", "additional", "top", "certain",
    ])

    /// Possessive determiners: "his campaign said" is a phrase, "his said" is not.
    static let possessives = keys(["his", "her", "their", "its", "our", "my", "your"])

    /// Subject pronouns plus their contractions with an auxiliary ("he's said").
    static let subjectPronounContractions = keys([
        "he's", "she's", "it's", "they've", "we've", "i've", "you've", "who's", "they'd", "he'd", "she'd",
        "we'd", "i'd", "who've", "they're", "we're",
    ])

    /// Auxiliaries and modals that may stand between a subject and its verb.
    static let auxiliaries = keys([
        "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
        "did", "does", "do", "not", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't",
        "won't", "wouldn't", "couldn't", "can't", "cannot", "also", "has't",
    ])

    /// Forms of "be": before a past participle they make it passive.
    static let be = keys(["is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't"])

    /// Auxiliaries that belong in the cue's text ("has said", "have learned").
    static let perfect = keys(["has", "have", "had"])

    /// Adverbs often found between a subject and its verb. Words ending in
    /// "-ly" are treated as adverbs too (see `isAdverb`).
    static let adverbs = keys([
        "also", "previously", "later", "once", "often", "again", "still", "then", "just", "already", "even",
        "further", "first", "last", "long", "never", "always", "recently", "reportedly", "earlier", "now",
        "since", "ever", "too", "separately", "similarly", "herself", "himself", "themselves", "itself",
        "soon", "quickly", "initially", "repeatedly", "publicly", "privately", "originally", "finally",
        "apparently", "reportedly", "allegedly", "only", "yet", "all", "both", "both", "in", "turn",
    ])

    /// "-ly" words that are not adverbs.
    static let lyNouns = keys([
        "family", "rally", "ally", "supply", "reply", "assembly", "july", "italy", "belly", "bully", "fly",
        "holy", "jelly", "lily", "early", "daily", "only", "anomaly", "monopoly", "emily", "kelly", "sally",
        "beverly", "kimberly", "shelly", "molly", "billy", "wally", "dolly", "holly", "polly", "reilly",
        "o'reilly", "kennelly", "connelly", "donnelly", "scully", "manly", "lovely", "friendly", "elderly",
        "likely", "weekly", "monthly", "yearly", "costly", "deadly", "lonely", "ugly", "silly", "jolly",
    ])

    /// Prepositions allowed inside a source phrase ("a spokesperson for Meta",
    /// "people familiar with the matter").
    static let nounPhrasePrepositions = keys([
        "of", "for", "at", "with", "from", "in", "on", "to", "within", "inside", "about", "by", "near",
        "under", "across", "among", "representing", "including", "behind", "close", "familiar", "briefed",
        "involved", "knowledgeable", "aware", "privy", "outside", "around",
    ])

    /// Plain prepositions (a phrase that starts with one of these is not a subject).
    static let prepositions = keys([
        "of", "for", "at", "with", "from", "in", "on", "to", "within", "inside", "about", "by", "near",
        "under", "across", "among", "during", "after", "before", "since", "into", "over", "through",
        "against", "without", "upon", "onto", "toward", "towards", "despite", "amid", "like", "unlike",
    ])

    /// Words that end a noun phrase: conjunctions, complementisers, relatives.
    static let clauseWords = keys([
        "that", "which", "whom", "whose", "because", "and", "but", "or", "nor", "so", "if", "when", "while",
        "as", "although", "though", "since", "after", "before", "until", "unless", "where", "whether",
        "than", "then", "yet", "how", "what", "why", "whereas", "who", "not", "there", "here", "whatever",
        "whoever", "even", "also", "said", "says", "say", "to",
    ])

    /// Relative pronouns that can be a source ("Smith, who said …").
    static let relatives = keys(["who", "which", "that"])

    /// Subject pronouns.
    static let subjectPronouns = keys(["he", "she", "they", "it", "we", "i", "you", "who", "which"])

    /// Abbreviations written with a period that does not end a sentence.
    static let titles = keys([
        "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "sens", "gov", "gen", "lt", "col", "capt", "sgt", "prof",
        "rev", "st", "jr", "sr", "maj", "adm", "cmdr", "pres", "supt", "det", "insp", "atty", "hon", "messrs",
        "mmes", "no", "vs", "inc", "co", "corp", "ltd", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
        "mt", "ft", "ave", "blvd", "rd", "dept", "univ", "gens", "govs", "calif", "conn", "fla", "ill", "mass",
        "mich", "minn", "penn", "tenn", "tex", "va", "wash", "wis", "ariz", "colo", "ind", "kan", "ky", "md",
        "mo", "nev", "okla", "ore", "pa", "vt", "wyo", "ala", "ark", "del", "ga", "la", "miss", "neb", "al",
        "est", "approx", "etc", "e.g", "i.e",
    ])

    static let weekdays = keys([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ])

    static let months = keys([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    ])

    /// Time words that may sit between a subject and its verb or after an
    /// inverted source ("Trump on Tuesday said", "said Smith on Monday").
    static let timeWords = keys([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
        "earlier", "later", "recently", "last", "this", "on", "late", "early", "previously",
    ])

    /// Words that follow "per" when it means a rate, not a source.
    static let perUnits = keys([
        "cent", "capita", "se", "annum", "year", "day", "week", "month", "hour", "minute", "second", "person",
        "share", "head", "mile", "gallon", "unit", "barrel", "household", "student", "vote", "game", "night",
        "pound", "ounce", "kilogram", "kilo", "ton", "acre", "square", "dollar", "item", "user", "customer",
        "capita", "visit", "serving", "dose", "passenger", "patient", "employee", "worker", "member", "resident",
    ])

    /// Words that make a participial cue ("…, saying …") rather than a finite one.
    static let participleSuffix: [UInt8] = Array("ing".utf8)

    /// Nouns for the people an interviewee speaks to ("told reporters").
    static let audiences = keys(["reporters", "journalists", "supporters", "the", "crowd", "audience", "voters"])

    /// Irregular past-tense action verbs for the unsourced-claim check.
    static let irregularPast = keys([
        "cut", "sold", "bought", "made", "won", "lost", "paid", "sent", "spent", "built", "fell", "rose",
        "hit", "left", "took", "gave", "met", "ran", "led", "held", "began", "struck", "shut", "set", "put",
        "quit", "fled", "chose", "drew", "grew", "threw", "broke", "brought", "caught", "fought", "got",
        "went", "came", "became", "wrote", "told", "said", "found", "overtook", "beat", "killed", "stole",
        "swept", "spoke", "froze", "sank", "shot", "sought", "taught", "won", "withdrew", "forgave",
    ])

    /// Question words at the start of a headline or sentence.
    static let questionWords = keys(["who", "what", "why", "how", "when", "where", "which", "is", "are", "do", "does", "can", "will", "should"])
}
