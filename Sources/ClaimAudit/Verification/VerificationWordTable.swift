/// The verification words of many byte ranges (a document's claims, its
/// quotations) in flat arrays: each word is a 64-bit key plus byte ranges,
/// not two `String`s. The checks compare and hash the keys; a word's strings
/// are made only where a message or a spelling comparison needs them.
///
/// Words are exactly those of `VerificationText.located` over the same
/// range (same splitting, same key and display text, same ranges); `key` is
/// the FNV-1a hash (`VerificationWordTable.key(of:)`) of the key's UTF-8
/// bytes, so a word and a lexicon entry hash alike when their keys are
/// equal. What the checks ask of every word (first letter's case, whether
/// it is shaped like a name, all capitals) is decided once, on bytes for
/// ASCII words and with the `String` functions the checks used before for
/// the rest.
struct VerificationWordTable {
    struct Word {
        /// FNV-1a hash of the key bytes.
        var key: UInt64
        /// Byte range in the scanned buffer (the document view).
        var range: Range<Int>
        var keyStart: Int32, keyEnd: Int32
        var displayStart: Int32, displayEnd: Int32
        /// `key.count`: Characters (grapheme clusters) of the key.
        var characters: Int32
        var flags: Flags
    }

    struct Flags: OptionSet {
        let rawValue: UInt8
        /// Display text is all ASCII (so is the key).
        static let ascii = Flags(rawValue: 1)
        /// The first scalar is upper case (`Unicode.Scalar.Properties.isUppercase`).
        static let firstUpper = Flags(rawValue: 2)
        /// The first scalar is lower case.
        static let firstLower = Flags(rawValue: 4)
        /// Every key scalar is alphabetic, `-` or `'` (`NameConsistency.isNameWord`).
        static let nameShaped = Flags(rawValue: 8)
        /// Two letters or more, all upper case (`NameConsistency.isAllCapitals`).
        static let allCapitals = Flags(rawValue: 16)
        /// Every key scalar is alphabetic.
        static let alphabetic = Flags(rawValue: 32)
    }

    private(set) var words: [Word] = []
    private(set) var keyBytes: [UInt8] = []
    private(set) var displayBytes: [UInt8] = []
    /// Word indices of each appended range, in order.
    private(set) var spans: [Range<Int>] = []

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The key hash of a key string (as `VerificationText.keys` gives it).
    static func key(of key: String) -> UInt64 {
        var h = offset
        for b in key.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    init() {}

    /// The words of each range, in order (`spans[i]` for `ranges[i]`).
    init(_ bytes: [UInt8], ranges: [Range<Int>]) {
        words.reserveCapacity(ranges.reduce(0) { $0 + max(0, $1.count) } / 5 + 1)
        keyBytes.reserveCapacity(ranges.reduce(0) { $0 + max(0, $1.count) })
        displayBytes.reserveCapacity(keyBytes.capacity)
        for r in ranges { append(bytes, r) }
    }

    subscript(_ i: Int) -> Word { words[i] }

    func keyString(_ i: Int) -> String {
        let w = words[i]
        return String(decoding: keyBytes[Int(w.keyStart)..<Int(w.keyEnd)], as: UTF8.self)
    }

    func display(_ i: Int) -> String {
        let w = words[i]
        return String(decoding: displayBytes[Int(w.displayStart)..<Int(w.displayEnd)], as: UTF8.self)
    }

    /// The word as `VerificationText.located` gives it.
    func word(_ i: Int) -> VerificationWord { VerificationWord(key: keyString(i), display: display(i)) }

    /// The words of span `s` as `VerificationText.located` gives them (for
    /// the ledger checks, which run only when an article has a ledger).
    func located(_ s: Int) -> [(word: VerificationWord, range: Range<Int>)] {
        spans[s].map { (word($0), words[$0].range) }
    }

    /// Scans `range` of `bytes` (a document view: ignorable bytes are
    /// skipped) and appends its words as one more span. Same reading as
    /// `VerificationText.located`, in one pass: scalars are decoded as the
    /// scan reaches them (the next one only looked at after a mark that may
    /// join two words), and a run of ASCII letters and digits is copied in
    /// one step.
    mutating func append(_ bytes: [UInt8], _ range: Range<Int>) {
        let first = words.count
        // Local buffers: appends to uniquely held locals are cheaper than to
        // stored properties.
        var keys: [UInt8] = [], display: [UInt8] = [], table: [Word] = []
        swap(&keys, &keyBytes); swap(&display, &displayBytes); swap(&table, &words)
        defer { swap(&keys, &keyBytes); swap(&display, &displayBytes); swap(&table, &words) }
        bytes.withUnsafeBufferPointer { buf in
            var reader = ScalarReader(buf: buf, i: max(0, range.lowerBound), end: min(range.upperBound, buf.count))
            var prev: Unicode.Scalar = " "
            var keyStart = keys.count, displayStart = display.count
            var hash = Self.offset
            var ascii = true
            var wordStart = 0, wordEnd = 0
            while let (s, at) = reader.next() {
                let v = s.value
                if v < 0x80 && Self.isASCIIWordByte(UInt8(truncatingIfNeeded: v)) {
                    if keys.count == keyStart { wordStart = at }
                    var j = at
                    while j < reader.end && Self.isASCIIWordByte(buf[j]) {
                        let b = buf[j]
                        let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                        keys.append(lower)
                        hash = (hash ^ UInt64(lower)) &* Self.prime
                        j += 1
                    }
                    display.append(contentsOf: UnsafeBufferPointer(rebasing: buf[at..<j]))
                    wordEnd = j
                    reader.i = j
                    prev = Unicode.Scalar(buf[j - 1])
                    continue
                }
                if v >= 0x80 && VerificationText.isWordScalar(s) {
                    if keys.count == keyStart { wordStart = at }
                    ascii = false
                    for b in String(s).lowercased().utf8 {
                        keys.append(b)
                        hash = (hash ^ UInt64(b)) &* Self.prime
                    }
                    VerificationText.appendUTF8(s, to: &display)
                    wordEnd = at + UTF8.width(s)
                    prev = s
                    continue
                }
                var joined = false
                if keys.count > keyStart {
                    var peek = reader
                    let next = peek.next()?.scalar ?? " "
                    if VerificationText.isWordScalar(next) {
                        if VerificationText.isApostrophe(s) && VerificationText.isWordScalar(prev) {
                            keys.append(0x27); hash = (hash ^ 0x27) &* Self.prime
                            if v >= 0x80 { ascii = false }
                            VerificationText.appendUTF8(s, to: &display)
                            joined = true
                        } else if VerificationText.isHyphen(s) && VerificationText.isWordScalar(prev) {
                            keys.append(0x2D); hash = (hash ^ 0x2D) &* Self.prime
                            if v >= 0x80 { ascii = false }
                            VerificationText.appendUTF8(s, to: &display)
                            joined = true
                        } else if (s == "." || s == ",") && VerificationText.isNumericScalar(prev)
                                    && VerificationText.isNumericScalar(next) {
                            if s == "." { keys.append(0x2E); hash = (hash ^ 0x2E) &* Self.prime }
                            display.append(UInt8(truncatingIfNeeded: v))
                            joined = true
                        }
                    }
                    if !joined {
                        Self.record(&table, &keys, &display, hash, keyStart, displayStart, wordStart..<wordEnd, ascii)
                        keyStart = keys.count; displayStart = display.count
                        hash = Self.offset; ascii = true
                    }
                }
                if !joined && (s == "$" || s == "%" || s == "€" || s == "£") {
                    let width = UTF8.width(s)
                    VerificationText.appendUTF8(s, to: &keys)
                    VerificationText.appendUTF8(s, to: &display)
                    for b in keys[keyStart...] { hash = (hash ^ UInt64(b)) &* Self.prime }
                    Self.record(&table, &keys, &display, hash, keyStart, displayStart, at..<(at + width), width == 1)
                    keyStart = keys.count; displayStart = display.count
                    hash = Self.offset
                }
                prev = s
            }
            if keys.count > keyStart {
                Self.record(&table, &keys, &display, hash, keyStart, displayStart, wordStart..<wordEnd, ascii)
            }
        }
        spans.append(first..<table.count)
    }

    /// An ASCII letter or digit.
    @inline(__always)
    static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    /// Decodes the scalars of a view range, for this table and for
    /// `VerificationText.located` alike: ignorable and stray continuation
    /// bytes skipped, an invalid value read as a space, a sequence cut off by
    /// the end of the range ending the scan.
    struct ScalarReader {
        let buf: UnsafeBufferPointer<UInt8>
        var i: Int
        let end: Int

        @inline(__always)
        mutating func next() -> (scalar: Unicode.Scalar, at: Int)? {
            while i < end {
                let b = buf[i]
                if b < 0x80 { i += 1; return (Unicode.Scalar(b), i - 1) }
                if b == Document.ignorable { i += 1; continue }
                var width = 1
                var value = UInt32(b)
                if b >= 0xF0 { width = 4; value = UInt32(b & 0x07) }
                else if b >= 0xE0 { width = 3; value = UInt32(b & 0x0F) }
                else if b >= 0xC0 { width = 2; value = UInt32(b & 0x1F) }
                else { i += 1; continue }
                guard i + width <= end else { i = end; return nil }
                for k in 1..<width { value = value << 6 | UInt32(buf[i + k] & 0x3F) }
                let at = i
                i += width
                return (Unicode.Scalar(value) ?? " ", at)
            }
            return nil
        }
    }

    /// Records the word whose bytes end the key and display buffers.
    private static func record(_ words: inout [Word], _ keyBytes: inout [UInt8], _ displayBytes: inout [UInt8], _ hash: UInt64,
                               _ keyStart: Int, _ displayStart: Int, _ range: Range<Int>, _ ascii: Bool) {
        var flags: Flags = []
        var characters = 0
        if ascii {
            flags.insert(.ascii)
            characters = keyBytes.count - keyStart
            var shaped = true, alphabetic = true
            for b in keyBytes[keyStart...] {
                let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
                if !letter {
                    alphabetic = false
                    if b != 0x2D && b != 0x27 { shaped = false }
                }
            }
            if shaped { flags.insert(.nameShaped) }
            if alphabetic { flags.insert(.alphabetic) }
            let first = displayBytes[displayStart]
            if first >= 0x41 && first <= 0x5A { flags.insert(.firstUpper) }
            if first >= 0x61 && first <= 0x7A { flags.insert(.firstLower) }
            var letters = 0, upper = true
            for b in displayBytes[displayStart...] where (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                if b >= 0x61 { upper = false; break }
                letters += 1
            }
            if upper && letters >= 2 { flags.insert(.allCapitals) }
        } else {
            // Rare: decide with the checks' own String functions.
            let key = String(decoding: keyBytes[keyStart...], as: UTF8.self)
            let display = String(decoding: displayBytes[displayStart...], as: UTF8.self)
            characters = key.count
            if key.unicodeScalars.allSatisfy({ NameConsistency.isAlphabetic($0) || $0 == "-" || $0 == "'" }) {
                flags.insert(.nameShaped)
            }
            if key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) { flags.insert(.alphabetic) }
            if let first = display.unicodeScalars.first {
                if NameConsistency.isUppercase(first) { flags.insert(.firstUpper) }
                if first.value < 0x80 ? (first.value >= 0x61 && first.value <= 0x7A) : first.properties.isLowercase {
                    flags.insert(.firstLower)
                }
            }
            if NameConsistency.isAllCapitals(display) { flags.insert(.allCapitals) }
        }
        words.append(Word(key: hash, range: range, keyStart: Int32(keyStart), keyEnd: Int32(keyBytes.count),
                          displayStart: Int32(displayStart), displayEnd: Int32(displayBytes.count),
                          characters: Int32(characters), flags: flags))
    }
}
