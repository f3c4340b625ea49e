/// Closed word lists and single words the `unsourced-claim` tests share.
extension UnsourcedClaimCheck {
    static let pastAuxiliaries = FunctionWords.keys(["did", "didn't"])
    static let beContractions = FunctionWords.keys(["she's", "he's", "it's", "they're", "we're", "you're", "i'm"])
    static let adverbialOpeners = FunctionWords.keys([
        "after", "before", "when", "while", "as", "since", "although", "though", "because", "despite", "amid",
        "in", "on", "at", "during", "for", "with", "without", "until", "once", "if",
    ])
    /// Imperatives that open a sentence addressed to the reader.
    static let imperatives = FunctionWords.keys(["let", "let's", "consider", "imagine", "remember", "note", "recall", "look"])
    static let numberWords = FunctionWords.keys(["percent", "million", "billion", "trillion", "thousand", "hundred", "dozen", "half"])
    static let findForms = FunctionWords.keys(["find", "finds", "found", "finding"])
    static let objectPronouns = FunctionWords.keys(["him", "them", "us", "her", "it"])
    static let by = TokenKey.of("by")
    static let being = TokenKey.of("being")
    static let here = TokenKey.of("here")
    static let asWord = TokenKey.of("as")
    static let publishedForms = FunctionWords.keys(["published", "appeared", "printed"])
    static let heres = TokenKey.of("here's")
    static let this = TokenKey.of("this")
    static let an = TokenKey.of("an")
    static let earlier = TokenKey.of("earlier")
    static let version = TokenKey.of("version")
    static let selfNouns = FunctionWords.keys(["article", "story", "post", "report", "piece", "page"])
    static let framingOpeners = FunctionWords.keys([
        "but", "yet", "however", "still", "and", "usually", "typically", "often", "generally", "traditionally",
    ])
    static let definiteArticles = FunctionWords.keys(["the", "a", "an"])
    /// Words of schedule before "to" + verb (`hasSchedule`).
    static let scheduleWords = FunctionWords.keys(["expected", "scheduled", "slated", "set", "due", "poised", "planning", "preparing"])
    static let expected = TokenKey.of("expected")
    static let beBase = FunctionWords.keys(["be", "become", "remain"])
    static let nonSubjectOpeners = FunctionWords.keys([
        "it", "this", "that", "these", "those", "there", "here", "they", "he", "she", "we", "you", "i", "their",
        "his", "her", "its", "our", "my", "your", "what", "who", "how", "why", "when", "where", "if", "but", "and",
        "yet", "so", "or", "as", "while", "although", "though", "because", "since", "after", "before", "in", "on",
        "at", "for", "with", "from", "by", "to", "of", "all", "some", "many", "most", "both", "each", "every",
    ])
    static let clauseBreakers = FunctionWords.keys(["who", "which", "that", "whose", "whom", "and", "or", "but", "to", "not"])
    static let notVerbsInS = FunctionWords.keys([
        "always", "perhaps", "sometimes", "nearly", "news", "politics", "economics", "this", "thus", "towards",
        "afterwards", "besides", "whereas", "unless", "plus", "series", "species", "others", "years", "days",
        "times", "months", "weeks", "hours", "minutes", "percent", "its", "ours", "yours", "theirs", "hers",
    ])
    /// Openers of concessive and temporal adverbial clauses ("as" is left
    /// out: "As Trump said, …" attributes the main clause).
    static let subordinators = FunctionWords.keys([
        "though", "although", "while", "whilst", "whereas", "after", "before", "since", "because", "when",
        "whenever", "once", "until", "unless", "if",
    ])
    static let not = TokenKey.of("not")
    static let haveForms = FunctionWords.keys(["has", "have", "had", "hasn't", "haven't", "hadn't", "'s", "'ve"])
    /// Participles of irregular verbs that differ from their past form.
    static let irregularParticiples = FunctionWords.keys([
        "taken", "given", "written", "spoken", "gone", "done", "seen", "shown", "chosen", "driven", "grown",
        "risen", "fallen", "begun", "drawn", "thrown", "broken", "stolen", "withdrawn", "overtaken", "forgiven",
        "frozen", "beaten", "sworn", "torn", "worn", "hidden", "ridden", "eaten", "flown", "forbidden", "forgotten",
        "bitten", "undertaken", "overthrown",
    ])
    /// Adverbs that stand before a finite verb ("also gets", "still
    /// holds"), so the next word in -s is the verb, not a plural noun.
    static let preverbalAdverbs = FunctionWords.keys(["also", "still", "now", "already", "never", "often", "even", "only"])
    static let dataPrepositions = FunctionWords.keys(["in", "by"])
    static let responseNouns = FunctionWords.keys(["response", "reaction", "addition", "contrast"])
    static let either = TokenKey.of("either")
    static let way = TokenKey.of("way")
    static let `in` = TokenKey.of("in")
    static let other = TokenKey.of("other")
    static let words = TokenKey.of("words")
    static let coordinators = FunctionWords.keys(["and", "or", "but"])
    static let what = TokenKey.of("what")
    static let that = TokenKey.of("that")
    static let isWas = FunctionWords.keys(["is", "was"])
    /// Sentence adverbs of the writer's stance (Quirk's disjuncts of
    /// evaluation and conviction), and interjections that act as one.
    static let stanceAdverbs = FunctionWords.keys([
        "hopefully", "clearly", "obviously", "surely", "arguably", "undoubtedly", "naturally", "presumably",
    ])
    static let stanceInterjections = FunctionWords.keys(["good", "alas", "sadly", "frankly", "thankfully"])
    /// Verbs of going to a channel or audience before an infinitive of
    /// purpose (`isPurposeAfterChannel`).
    static let channelVerbs = FunctionWords.keys([
        "went", "go", "goes", "going", "gone", "took", "take", "takes", "taking", "taken", "turned", "turn",
        "turns", "turning", "headed", "came", "come", "comes", "rushed", "hurried",
    ])
    static let may = TokenKey.of("may")
    static let i = TokenKey.of("i")
    static let firstPerson = FunctionWords.keys(["i", "me", "my", "myself"])
    static let hypothetical = FunctionWords.keys(["would", "might", "could", "should", "may", "would've", "wouldn't", "couldn't"])
    static let conditional = FunctionWords.keys(["if", "unless"])
    static let relatives = FunctionWords.keys(["that", "which", "who", "whom", "whose"])
    static let and = TokenKey.of("and")
    static let to = TokenKey.of("to")
    static let presentBe = FunctionWords.keys(["is", "are", "am", "be", "being", "isn't", "aren't"])
    static let degree = FunctionWords.keys(["very", "so", "too", "more", "less", "deeply", "increasingly", "highly"])
    /// Assertion markers that only say something will or is meant to
    /// happen: a weak signal on their own.
    static let softMarkers = FunctionWords.keys(["will", "only", "most"])
}
