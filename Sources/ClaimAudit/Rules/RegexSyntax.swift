/// Pieces of ICU regex syntax that both regex readers (`RegexPrefilter`,
/// which finds the words every match must contain, and `RegexStarts`,
/// which finds where a match can begin) skip in the same way. Bytes of the
/// pattern's UTF-8; `at` is the reader's position.
enum RegexSyntax {
    /// Skips a character class `[...]` starting at `at`; false for nested
    /// sets (which ICU allows and the readers do not follow) or an unclosed one.
    static func skipClass(_ bytes: [UInt8], _ at: inout Int) -> Bool {
        at += 1
        if at < bytes.count && bytes[at] == 0x5E { at += 1 }
        if at < bytes.count && bytes[at] == 0x5D { at += 1 }
        while at < bytes.count {
            switch bytes[at] {
            case 0x5C: at += 2
            case 0x5B: return false
            case 0x5D: at += 1; return true
            default: at += 1
            }
        }
        return false
    }

    /// A quantifier after an atom (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`,
    /// each optionally lazy or possessive): `.some(nil)` when there is none,
    /// `.some(min)` with its minimum count, `nil` when malformed.
    static func quantifier(_ bytes: [UInt8], _ at: inout Int) -> Int?? {
        guard at < bytes.count else { return .some(nil) }
        var min: Int
        switch bytes[at] {
        case 0x3F, 0x2A: min = 0; at += 1
        case 0x2B: min = 1; at += 1
        case 0x7B:
            guard let close = bytes[at...].firstIndex(of: 0x7D) else { return nil }
            let body = String(decoding: bytes[(at + 1)..<close], as: UTF8.self)
            guard let n = Int(body.split(separator: ",", omittingEmptySubsequences: false).first ?? "") else { return nil }
            min = n
            at = close + 1
        default:
            return .some(nil)
        }
        if at < bytes.count && (bytes[at] == 0x3F || bytes[at] == 0x2B) { at += 1 }
        return .some(min)
    }
}
