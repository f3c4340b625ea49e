/// Recognises section labels ("Why it matters:") at the start of a block.
///
/// Labels are compiled once into token keys (`TokenKey`: case-insensitive,
/// `’` equal to `'`, ignorable bytes skipped) indexed by their first token, so
/// matching a block costs one short scan to the first colon, one tokenization
/// of that prefix and a dictionary look-up.
struct SectionLabeler: Sendable {
    /// A label's token keys and the label.
    struct Compiled: Sendable {
        var keys: [UInt64]
        var label: SectionLabel
    }

    /// A label found at the start of a block.
    struct Match {
        var label: SectionLabel
        /// The label and its colon.
        var range: Range<Int>
    }

    private let byFirstKey: [UInt64: [Compiled]]
    /// How many visible bytes to scan for the colon: the longest label, with
    /// room for wider apostrophes and doubled spaces.
    private let scanLimit: Int

    init(labels: [SectionLabel]) {
        var index: [UInt64: [Compiled]] = [:]
        var longest = 0
        for label in labels {
            let bytes = Array(label.text.utf8)
            let keys = Tokenizer.tokens(in: bytes, range: 0..<bytes.count).map(\.key)
            guard let first = keys.first else { continue }
            index[first, default: []].append(Compiled(keys: keys, label: label))
            longest = max(longest, bytes.count)
        }
        byFirstKey = index
        scanLimit = longest * 2 + 8
    }

    var isEmpty: Bool { byFirstKey.isEmpty }

    /// The label that opens `range`, if any: its tokens, then `:`, with only
    /// blanks and ignorable bytes (Markdown `**`, inline tags) around them.
    func match(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Match? {
        guard !byFirstKey.isEmpty else { return nil }
        var colon = range.lowerBound
        var visible = 0
        while colon < range.upperBound {
            let b = buf[colon]
            if b == 0x3A { break }
            if b != Document.ignorable {
                visible += 1
                if visible > scanLimit { return nil }
            }
            colon += 1
        }
        guard colon < range.upperBound else { return nil }
        var tokens: [Token] = []
        Tokenizer.tokenize(buf, range: range.lowerBound..<(colon + 1), into: &tokens)
        guard tokens.count >= 2, let candidates = byFirstKey[tokens[0].key] else { return nil }
        let count = tokens.count - 1
        for candidate in candidates where candidate.keys.count == count {
            var same = true
            for t in 0..<count where tokens[t].key != candidate.keys[t] {
                same = false
                break
            }
            if same {
                return Match(label: candidate.label, range: tokens[0].start..<(colon + 1))
            }
        }
        return nil
    }
}
