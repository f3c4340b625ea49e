/// A number, amount, percentage or date as written in text, reduced to a
/// value that can be compared across forms: "$15 billion", "US$15bn" and
/// "15,000,000,000" are all 15e9; "12%" and "12 per cent" are 12 percent;
/// "March 3, 2024", "3 March 2024" and "2024-03-03" are one date.
struct Quantity: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A plain number ("400", "3.5 million").
        case amount
        /// A sum of money ("$15 billion", "€3m", "40 dollars").
        case money
        case percent
        /// A four-digit year standing alone ("in 2024").
        case year
        /// `month` 1–12, `day` 0 when not given, `year` 0 when not given.
        case date(month: Int, day: Int, year: Int)
    }

    var kind: Kind
    /// The number (scale applied); for a date, 0.
    var value: Double
    /// Byte range in the text it was read from.
    var range: Range<Int>
    /// Preceded by "about", "nearly", "more than" and the like.
    var approximate: Bool

    /// Whether `other` (from a source document) says the same thing. Money
    /// and plain numbers match each other (a filing may omit the currency
    /// sign); an approximate figure matches within 10%.
    func matches(_ other: Quantity) -> Bool {
        switch (kind, other.kind) {
        case let (.date(m, d, y), .date(m2, d2, y2)):
            return m == m2 && (d == 0 || d == d2) && (y == 0 || y2 == 0 || y == y2)
        case (.year, .date(_, _, let y2)):
            return Double(y2) == value
        case (.year, .year), (.year, .amount), (.amount, .year):
            return value == other.value
        case (.percent, .percent), (.money, .money), (.money, .amount), (.amount, .money), (.amount, .amount):
            if approximate { return abs(other.value - value) <= abs(value) * 0.1 }
            return abs(other.value - value) <= max(abs(value), 1) * 1e-9
        default:
            return false
        }
    }
}

/// Reads `Quantity`s from UTF-8 bytes. Ordinals ("3rd") and numbers inside
/// words ("G7", "B-52") are skipped; number words ("three") are not read.
enum NumberForms {
    static func quantities(in text: String) -> [Quantity] {
        quantities(in: Array(text.utf8), 0..<text.utf8.count)
    }

    static func quantities(in b: [UInt8], _ range: Range<Int>) -> [Quantity] {
        var out: [Quantity] = []
        var i = range.lowerBound
        let end = min(range.upperBound, b.count)
        while i < end {
            guard isDigit(b[i]), i == range.lowerBound || !isWordByte(b[i - 1]) || b[i - 1] == 0x24 else {
                i += 1
                continue
            }
            // A digit right after a letter is part of a word ("G7"), except after "US$" etc.
            if i > range.lowerBound && isLetter(b[i - 1]) { i = skipWord(b, i, end); continue }
            // "B-52", "COVID-19": a model or name, not a figure.
            if i > range.lowerBound + 1 && b[i - 1] == 0x2D && isLetter(b[i - 2]) { i = skipWord(b, i, end); continue }
            if let q = quantity(b, at: i, start: range.lowerBound, end: end) {
                out.append(q)
                i = max(q.range.upperBound, i + 1)
            } else {
                i = skipWord(b, i, end)
            }
        }
        return out
    }

    private static func quantity(_ b: [UInt8], at i: Int, start: Int, end: Int) -> Quantity? {
        // ISO date 2024-03-03
        if let iso = isoDate(b, i, end) { return iso }
        var k = i
        var digits: [UInt8] = []
        while k < end && isDigit(b[k]) { digits.append(b[k]); k += 1 }
        let leadingRun = digits.count
        var hadComma = false
        while k + 3 < end + 1 && k < end && b[k] == 0x2C && k + 3 <= end
                && isDigit(b[k + 1]) && isDigit(b[k + 2]) && isDigit(b[k + 3])
                && (k + 4 >= end || !isDigit(b[k + 4])) && leadingRun <= 3 {
            digits += b[(k + 1)...(k + 3)]
            hadComma = true
            k += 4
        }
        var fraction: [UInt8] = []
        if k + 1 < end && b[k] == 0x2E && isDigit(b[k + 1]) {
            k += 1
            while k < end && isDigit(b[k]) { fraction.append(b[k]); k += 1 }
        }
        guard var value = Double(String(decoding: digits + (fraction.isEmpty ? [] : [0x2E] + fraction), as: UTF8.self)) else {
            return nil
        }
        // Ordinals and digits glued to other words.
        if k < end && isLetter(b[k]) {
            let word = lowerWord(b, k, end)
            if ["st", "nd", "rd", "th"].contains(word) { return nil }
        }
        var first = i
        var currency = false
        // Currency before: $, US$, €, £, USD␠
        if i >= 1 && b[i - 1] == 0x24 {
            currency = true
            first = i - 1
            var s = first
            while s > start && isUpper(b[s - 1]) && first - s < 2 { s -= 1 }
            if s < first && (s == start || !isWordByte(b[s - 1])) { first = s }
        } else if i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x82 && b[i - 1] == 0xAC {
            currency = true; first = i - 3
        } else if i >= 2 && b[i - 2] == 0xC2 && b[i - 1] == 0xA3 {
            currency = true; first = i - 2
        } else if i >= 4 && b[i - 1] == 0x20, ["usd", "eur", "gbp"].contains(lowerWordBefore(b, i - 1, start)) {
            currency = true; first = i - 4
        }
        var last = k
        // Scale: "15bn", "15 billion", "3.2m", "40k".
        var m = k
        if m < end && b[m] == 0x20 { m += 1 }
        let word = m < end && isLetter(b[m]) ? lowerWord(b, m, end) : ""
        let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                                        "bn": 1e9, "mn": 1e6, "tn": 1e12, "m": 1e6, "k": 1e3, "b": 1e9]
        if let scale = scales[word], word.count > 2 || currency || m == k {
            if word.count > 2 || m == k || currency {
                value *= scale
                last = m + word.utf8.count
                m = last
            }
        }
        var kind: Quantity.Kind = currency ? .money : .amount
        // Unit after: %, percent, per cent, pct, dollars, euros, pounds.
        var n = last
        if n < end && b[n] == 0x25 {
            kind = .percent; last = n + 1
        } else {
            if n < end && b[n] == 0x20 { n += 1 }
            let unit = n < end && isLetter(b[n]) ? lowerWord(b, n, end) : ""
            if unit == "percent" || unit == "pct" {
                kind = .percent; last = n + unit.utf8.count
            } else if unit == "per", n + 8 <= end, lowerWord(b, n + 4, end) == "cent" {
                kind = .percent; last = n + 8
            } else if ["dollars", "euros", "pounds"].contains(unit) {
                kind = .money; last = n + unit.utf8.count
            } else if fraction.isEmpty && !hadComma && !currency, let month = monthNumber(unit), value >= 1, value <= 31 {
                // "3 March 2024"
                var e = n + unit.utf8.count
                if e < end && b[e] == 0x2E { e += 1 }
                var year = 0
                if e + 5 <= end && b[e] == 0x20, let y = fourDigits(b, e + 1, end) { year = y; e += 5 }
                return Quantity(kind: .date(month: month, day: Int(value), year: year), value: 0,
                                range: i..<e, approximate: false)
            }
        }
        // "March 3, 2024" / "March 2024": month word before the digits.
        if case .amount = kind, fraction.isEmpty, !hadComma, let (month, monthStart) = monthBefore(b, i, start) {
            if digits.count == 4, let y = Int(String(decoding: digits, as: UTF8.self)) {
                return Quantity(kind: .date(month: month, day: 0, year: y), value: 0, range: monthStart..<k, approximate: false)
            }
            if value >= 1 && value <= 31 {
                var e = k
                var year = 0
                if e + 6 <= end && b[e] == 0x2C && b[e + 1] == 0x20, let y = fourDigits(b, e + 2, end) { year = y; e += 6 }
                else if e + 5 <= end && b[e] == 0x20, let y = fourDigits(b, e + 1, end) { year = y; e += 5 }
                return Quantity(kind: .date(month: month, day: Int(value), year: year), value: 0,
                                range: monthStart..<e, approximate: false)
            }
        }
        if case .amount = kind, digits.count == 4, fraction.isEmpty, !hadComma, last == k, value >= 1800, value <= 2100 {
            kind = .year
        }
        return Quantity(kind: kind, value: value, range: first..<last, approximate: approximate(b, first, start))
    }

    private static func isoDate(_ b: [UInt8], _ i: Int, _ end: Int) -> Quantity? {
        guard i + 10 <= end, let y = fourDigits(b, i, end), b[i + 4] == 0x2D, b[i + 7] == 0x2D,
              isDigit(b[i + 5]), isDigit(b[i + 6]), isDigit(b[i + 8]), isDigit(b[i + 9]),
              i + 10 == end || !isDigit(b[i + 10]) else { return nil }
        let month = Int(b[i + 5] - 0x30) * 10 + Int(b[i + 6] - 0x30)
        let day = Int(b[i + 8] - 0x30) * 10 + Int(b[i + 9] - 0x30)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return Quantity(kind: .date(month: month, day: day, year: y), value: 0, range: i..<(i + 10), approximate: false)
    }

    static let approximators: Set<String> = ["about", "around", "nearly", "almost", "roughly", "approximately",
                                              "some", "over", "than", "least", "under", "up", "to", "estimated", "circa"]

    /// Whether the word before `first` hedges the figure ("about $15bn",
    /// "more than 400", "at least 3%").
    private static func approximate(_ b: [UInt8], _ first: Int, _ start: Int) -> Bool {
        guard first > start + 1, b[first - 1] == 0x20 else { return false }
        let word = lowerWordBefore(b, first - 1, start)
        if word == "to" || word == "up" { return false }
        return approximators.contains(word)
    }

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    static func monthNumber(_ word: String) -> Int? { months[word] }

    /// A month name (optionally abbreviated with a dot) and one space before `i`.
    private static func monthBefore(_ b: [UInt8], _ i: Int, _ start: Int) -> (Int, Int)? {
        guard i - 2 >= start, b[i - 1] == 0x20 else { return nil }
        var e = i - 1
        if b[e - 1] == 0x2E { e -= 1 }
        var s = e
        while s > start && isLetter(b[s - 1]) { s -= 1 }
        guard s < e, let month = monthNumber(String(decoding: b[s..<e], as: UTF8.self).lowercased()) else { return nil }
        // "may" is a modal verb far more often than a month: only "May" counts.
        if month == 5 && !isUpper(b[s]) { return nil }
        return (month, s)
    }

    private static func fourDigits(_ b: [UInt8], _ i: Int, _ end: Int) -> Int? {
        guard i + 4 <= end, (i..<(i + 4)).allSatisfy({ isDigit(b[$0]) }), i + 4 == end || !isWordByte(b[i + 4]) else { return nil }
        return Int(String(decoding: b[i..<(i + 4)], as: UTF8.self))
    }

    private static func lowerWord(_ b: [UInt8], _ i: Int, _ end: Int) -> String {
        var k = i
        while k < end && isLetter(b[k]) { k += 1 }
        return String(decoding: b[i..<k], as: UTF8.self).lowercased()
    }

    /// The ASCII word ending just before `e`.
    private static func lowerWordBefore(_ b: [UInt8], _ e: Int, _ start: Int) -> String {
        var s = e
        while s > start && isLetter(b[s - 1]) { s -= 1 }
        return String(decoding: b[s..<e], as: UTF8.self).lowercased()
    }

    private static func skipWord(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
        var k = i
        while k < end && (isWordByte(b[k]) || b[k] == 0x2E || b[k] == 0x2C) && !(b[k] == 0x2E && (k + 1 >= end || !isWordByte(b[k + 1]))) { k += 1 }
        return max(k, i + 1)
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool { isDigit(c) || isLetter(c) || c >= 0x80 && c != Document.ignorable }
}
