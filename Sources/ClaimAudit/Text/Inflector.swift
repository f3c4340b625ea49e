/// Generates the inflected forms of an English verb (or the plural of a noun)
/// so that a rule writer can list `say` and match says, said, saying.
///
/// Regular forms are generated generously: when it is unclear whether a final
/// consonant doubles (admit → admitted, but visit → visited), both spellings
/// are produced. A non-word such as "visitted" never occurs in text, so
/// over-generation costs nothing and misses nothing.
public enum Inflector {
    /// Every form of `word`, including `word` itself, lower-cased.
    public static func forms(of word: String) -> [String] {
        let w = word.lowercased()
        if let irregular = irregulars[w] { return [w] + irregular }
        guard w.count > 1, w.allSatisfy({ $0.isLetter }) else { return [w] }
        var out: [String] = [w]
        let chars = Array(w)
        let last = chars[chars.count - 1]
        let beforeLast = chars[chars.count - 2]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

        // Third person / plural.
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") || w.hasSuffix("o") {
            out.append(w + "es")
        } else if last == "y" && !vowels.contains(beforeLast) {
            out.append(String(w.dropLast()) + "ies")
        } else {
            out.append(w + "s")
        }

        // Past tense and participle.
        if last == "e" {
            out.append(w + "d")
        } else if last == "y" && !vowels.contains(beforeLast) {
            out.append(String(w.dropLast()) + "ied")
        } else {
            out.append(w + "ed")
        }

        // Present participle.
        if w.hasSuffix("ie") {
            out.append(String(w.dropLast(2)) + "ying")
        } else if last == "e" && !(w.hasSuffix("ee") || w.hasSuffix("ye") || w.hasSuffix("oe")) {
            out.append(String(w.dropLast()) + "ing")
        } else {
            out.append(w + "ing")
        }

        // Consonant doubling for a final consonant-vowel-consonant (admit, plan).
        if chars.count >= 3, !vowels.contains(last), vowels.contains(beforeLast),
           !vowels.contains(chars[chars.count - 3]), !"wxy".contains(last) {
            out.append(w + String(last) + "ed")
            out.append(w + String(last) + "ing")
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    /// Forms of a phrase: the first word is inflected, the rest kept
    /// ("be expected to" → "is expected to", "was expected to", …).
    public static func phraseForms(of phrase: String) -> [String] {
        let words = phrase.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return [] }
        let rest = words.dropFirst().joined(separator: " ")
        return forms(of: first).map { rest.isEmpty ? $0 : $0 + " " + rest }
    }

    /// Irregular verbs: every form but the base.
    static let irregulars: [String: [String]] = [
        "be": ["is", "are", "am", "was", "were", "been", "being", "'s", "'re"],
        "have": ["has", "had", "having", "'ve"],
        "do": ["does", "did", "done", "doing"],
        "say": ["says", "said", "saying"],
        "tell": ["tells", "told", "telling"],
        "think": ["thinks", "thought", "thinking"],
        "know": ["knows", "knew", "known", "knowing"],
        "write": ["writes", "wrote", "written", "writing"],
        "speak": ["speaks", "spoke", "spoken", "speaking"],
        "find": ["finds", "found", "finding"],
        "show": ["shows", "showed", "shown", "showing"],
        "hold": ["holds", "held", "holding"],
        "give": ["gives", "gave", "given", "giving"],
        "see": ["sees", "saw", "seen", "seeing"],
        "foresee": ["foresees", "foresaw", "foreseen", "foreseeing"],
        "lead": ["leads", "led", "leading"],
        "feel": ["feels", "felt", "feeling"],
        "make": ["makes", "made", "making"],
        "get": ["gets", "got", "gotten", "getting"],
        "go": ["goes", "went", "gone", "going"],
        "take": ["takes", "took", "taken", "taking"],
        "come": ["comes", "came", "coming"],
        "bring": ["brings", "brought", "bringing"],
        "teach": ["teaches", "taught", "teaching"],
        "hear": ["hears", "heard", "hearing"],
        "mean": ["means", "meant", "meaning"],
        "read": ["reads", "reading"],
        "leave": ["leaves", "left", "leaving"],
        "keep": ["keeps", "kept", "keeping"],
        "begin": ["begins", "began", "begun", "beginning"],
        "put": ["puts", "putting"],
        "set": ["sets", "setting"],
        "let": ["lets", "letting"],
        "forecast": ["forecasts", "forecasted", "forecasting"],
        "swear": ["swears", "swore", "sworn", "swearing"],
        "sell": ["sells", "sold", "selling"],
        "buy": ["buys", "bought", "buying"],
        "seek": ["seeks", "sought", "seeking"],
        "lay": ["lays", "laid", "laying"],
        "run": ["runs", "ran", "running"],
        "stand": ["stands", "stood", "standing"],
        "understand": ["understands", "understood", "understanding"],
        "fight": ["fights", "fought", "fighting"],
        "grow": ["grows", "grew", "grown", "growing"],
        "draw": ["draws", "drew", "drawn", "drawing"],
        "throw": ["throws", "threw", "thrown", "throwing"],
        "win": ["wins", "won", "winning"],
        "lose": ["loses", "lost", "losing"],
        "pay": ["pays", "paid", "paying"],
        "send": ["sends", "sent", "sending"],
        "spend": ["spends", "spent", "spending"],
        "build": ["builds", "built", "building"],
        "deal": ["deals", "dealt", "dealing"],
        "may": [],
        "might": [],
        "could": [],
        "should": [],
        "would": [],
        "must": [],
        "can": [],
        "will": [],
    ]
}
