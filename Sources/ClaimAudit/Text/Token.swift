/// A word, number or punctuation mark, as a byte range into the document.
///
/// Tokens never copy text: `key` is a 64-bit FNV-1a hash of the token's
/// normalised bytes (ASCII lower-cased, ignorable bytes skipped, `’` folded to
/// `'`), which is what lexicons and phrase matchers compare.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, with inner apostrophes, hyphens and periods (`don't`, `co-founder`, `U.S.`).
        case word
        /// Digits with inner `.` or `,` (`1.5`, `250,000`).
        case number
        /// Any other mark; multi-byte marks (`“`, `—`, `…`) are one token.
        case punctuation
    }

    public let kind: Kind
    /// Byte range in the source (and view), end exclusive.
    public let range: Range<Int>
    /// Hash of the normalised text; see `TokenKey`.
    public let key: UInt64
    /// True when the first letter is an upper-case letter.
    public let isCapitalized: Bool

    public init(kind: Kind, range: Range<Int>, key: UInt64, isCapitalized: Bool) {
        self.kind = kind
        self.range = range
        self.key = key
        self.isCapitalized = isCapitalized
    }

    public var start: Int { range.lowerBound }
    public var end: Int { range.upperBound }
}

/// Hashing of token text, shared by the tokenizer and by everything that
/// compiles word lists, so that a lexicon word and a token compare equal
/// exactly when their normalised bytes do.
public enum TokenKey {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The key of one word given as a string (`"Said"` and `"said"` agree).
    public static func of(_ word: String) -> UInt64 {
        var w = word
        return w.withUTF8 { of(bytes: $0, in: 0..<$0.count) }
    }

    /// The key of the bytes in `range`, normalised as the tokenizer does.
    public static func of<C: RandomAccessCollection>(bytes: C, in range: Range<Int>) -> UInt64
    where C.Element == UInt8, C.Index == Int {
        var h = offset
        var i = range.lowerBound
        while i < range.upperBound {
            var b = bytes[i]
            if b == Document.ignorable { i += 1; continue }
            // Fold U+2019 (E2 80 99) and U+2018 to an ASCII apostrophe.
            if b == 0xE2, i + 2 < range.upperBound, bytes[i + 1] == 0x80,
               bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 {
                b = 0x27
                i += 2
            } else if b >= 0x41 && b <= 0x5A {
                b |= 0x20
            }
            h = (h ^ UInt64(b)) &* prime
            i += 1
        }
        return h
    }
}
