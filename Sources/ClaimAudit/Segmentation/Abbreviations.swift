/// What a period after a word means for sentence splitting.
///
/// The heuristic, applied when a period is followed by white space and a
/// capitalised word (a lower-case next word never starts a sentence):
/// - `.ordinary` words (and numbers) end the sentence;
/// - `.neverEnds` abbreviations (titles such as `Mr.`, `Dr.`, `Sen.`, and
///   `vs.`, `e.g.`, `i.e.`) never end it: they are always followed by what
///   they abbreviate;
/// - `.mayEnd` abbreviations (`U.S.`, `Inc.`, `Jr.`, `etc.`, `a.m.`, months,
///   single initials such as the `F.` in "John F. Kennedy") end the sentence
///   only when the next word is a common sentence starter (`The`, `He`,
///   `But`, `In`…; see `sentenceStarters`), because a name-like word after
///   them ("U.S. Senate", "Sept. 3", "F. Kennedy") usually continues it;
/// - `.beforeNumber` words (`No.`, `Nos.`) are abbreviations only before a
///   number ("No. 5"); otherwise they are ordinary ("He said no. Visit…").
/// A closing mark after the period (`Inc.”`, `U.S.)`) makes a `.mayEnd`
/// abbreviation ordinary: the quotation or parenthesis ended with it.
enum Abbreviations {
    enum Kind {
        case ordinary, neverEnds, mayEnd, beforeNumber
    }

    /// Keys (`TokenKey` of the lower-cased word with its final period) of known abbreviations.
    static let table: [UInt64: Kind] = {
        var t: [UInt64: Kind] = [:]
        let never = [
            "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "profs", "gov", "govs", "sen", "sens",
            "rep", "reps", "gen", "gens", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "brig", "cpl",
            "pvt", "det", "insp", "supt", "atty", "rev", "hon", "pres", "amb", "mt", "ft", "vs", "v",
            "e.g", "i.e", "cf", "approx",
        ]
        let mayEnd = [
            "u.s", "u.k", "u.n", "e.u", "d.c", "ph.d", "inc", "corp", "co", "cos", "ltd", "bros", "jr", "sr",
            "st", "ave", "blvd", "rd", "dept", "univ", "assn", "etc", "a.m", "p.m",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "kan", "ky", "md", "mich",
            "minn", "mont", "neb", "nev", "okla", "tenn", "tex", "va", "vt", "wis", "wyo",
        ]
        for w in never { t[TokenKey.of(w + ".")] = .neverEnds }
        for w in mayEnd { t[TokenKey.of(w + ".")] = .mayEnd }
        for w in ["no", "nos"] { t[TokenKey.of(w + ".")] = .beforeNumber }
        return t
    }()

    /// Keys of words that, capitalised after a `.mayEnd` abbreviation, signal
    /// a new sentence: articles, pronouns, conjunctions, common prepositions
    /// and sentence adverbs. Names and nouns are deliberately absent.
    static let sentenceStarters: Set<UInt64> = {
        let words = [
            "the", "a", "an", "this", "that", "these", "those", "there", "here", "it", "its", "it's",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
            "he's", "she's", "they're", "we're", "i'm", "that's", "there's", "what's",
            "in", "on", "at", "but", "and", "or", "so", "yet", "still", "however", "meanwhile", "then",
            "now", "today", "yesterday", "tomorrow", "earlier", "later", "after", "before", "when",
            "while", "if", "as", "since", "although", "though", "despite", "according", "also", "for",
            "with", "by", "from", "to", "under", "over", "during", "because", "what", "who", "why",
            "how", "where", "which", "some", "many", "most", "several", "few", "both", "each", "every",
            "all", "no", "not", "none", "one", "other", "others", "another", "such", "instead", "thus",
            "even", "only", "last", "next", "first",
        ]
        return Set(words.map { TokenKey.of($0) })
    }()

    /// Classifies the word in `word` (which ends with its period).
    ///
    /// Unknown words made only of single letters separated by periods are
    /// initials: `U.S.`, `J.K.`, `F.` are `.mayEnd`, except the pronoun `I.`
    /// and single lower-case letters, which are `.ordinary`.
    static func classify(_ buf: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Kind {
        if let kind = table[TokenKey.of(bytes: buf, in: word)] { return kind }
        var segments = 0
        var segmentLength = 0
        var firstLetter: UInt8 = 0
        for i in word {
            let b = buf[i]
            if b == Document.ignorable { continue }
            if b == 0x2E {
                guard segmentLength == 1 else { return .ordinary }
                segments += 1
                segmentLength = 0
            } else if SegmentBytes.isASCIILetter(b) {
                if segments == 0 && segmentLength == 0 { firstLetter = b }
                segmentLength += 1
            } else {
                return .ordinary
            }
        }
        if segments >= 2 { return .mayEnd }
        if segments == 1 && firstLetter >= 0x41 && firstLetter <= 0x5A && firstLetter != 0x49 { return .mayEnd }
        return .ordinary
    }

    /// The word that ends with the period at `dot`, or nil when it contains
    /// something other than ASCII letters, digits and periods (then it is
    /// ordinary). `floor` is the lowest byte the word may start at.
    static func word(endingAt dot: Int, _ buf: UnsafeBufferPointer<UInt8>, floor: Int) -> Range<Int>? {
        var p = dot
        while p > floor {
            let c = buf[p - 1]
            if SegmentBytes.isASCIILetter(c) || SegmentBytes.isDigit(c) || c == 0x2E || c == Document.ignorable {
                p -= 1
            } else {
                break
            }
        }
        if p > floor {
            let c = buf[p - 1]
            // An apostrophe (Trump's., Trump’s.) or a non-ASCII letter glued to
            // the word means it is not an abbreviation.
            if c == 0x27 { return nil }
            if c >= 0x80 {
                let isPunctuation = p - 3 >= floor && buf[p - 3] == 0xE2 && buf[p - 2] == 0x80 && c != 0x99
                let isNBSP = c == 0xA0 && p - 2 >= floor && buf[p - 2] == 0xC2
                if !(isPunctuation || isNBSP) { return nil }
            }
        }
        while p < dot && (buf[p] == Document.ignorable || buf[p] == 0x2E) { p += 1 }
        return p < dot ? p..<(dot + 1) : nil
    }
}
