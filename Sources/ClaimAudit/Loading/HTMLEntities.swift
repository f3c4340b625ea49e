/// Character references (`&amp;`, `&#8217;`, `&#x2019;`, `&rsquo;`) decoded in
/// place in a document view.
///
/// A reference is always at least as long in bytes as the UTF-8 of the
/// character it names, so decoding writes that UTF-8 where the `&` was and
/// pads the rest of the reference with `Document.ignorable`: offsets stay
/// file offsets and a word such as `AT&amp;T` stays one token. Names are the
/// 252 HTML 4 entities plus `apos` (what libxml2's HTML parser knows too);
/// a reference needs its closing `;`.
enum HTMLEntities {
    /// A reference found in a byte buffer: the scalar it names and its length in bytes.
    struct Match {
        var scalar: UInt32
        var length: Int
    }

    /// The reference starting at `i` (which holds `&`), if it is complete before `end`.
    static func match(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Match? {
        // The shortest reference, `&lt;` or `&#9;`, is four bytes.
        guard i + 4 <= end else { return nil }
        var k = i + 1
        if b[k] == UInt8(ascii: "#") {
            k += 1
            var value: UInt32 = 0
            var digits = 0
            if k < end && (b[k] == UInt8(ascii: "x") || b[k] == UInt8(ascii: "X")) {
                k += 1
                while k < end, digits < 7, let d = hexValue(b[k]) {
                    value = value &* 16 &+ d
                    digits += 1
                    k += 1
                }
            } else {
                while k < end, digits < 8, b[k] >= 0x30 && b[k] <= 0x39 {
                    value = value &* 10 &+ UInt32(b[k] - 0x30)
                    digits += 1
                    k += 1
                }
            }
            guard digits > 0, k < end, b[k] == UInt8(ascii: ";") else { return nil }
            return Match(scalar: numericScalar(value), length: k + 1 - i)
        }
        // Named: up to 8 ASCII letters or digits, packed into a key.
        var key: UInt64 = 0
        var count = 0
        while k < end, count < 9 {
            let c = b[k]
            let alnum = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            guard alnum else { break }
            key = key << 8 | UInt64(c)
            count += 1
            k += 1
        }
        guard count >= 2, count <= 8, k < end, b[k] == UInt8(ascii: ";"),
              let scalar = named[key] else { return nil }
        return Match(scalar: scalar, length: k + 1 - i)
    }

    /// Writes the decoded reference over `view[at ..< at + match.length]`.
    /// A no-break space becomes a plain space so it separates words. Returns
    /// false (and writes nothing) if the UTF-8 would not fit.
    @discardableResult
    static func write(_ match: Match, at i: Int, into view: inout [UInt8]) -> Bool {
        var scalar = match.scalar
        if scalar == 0xA0 { scalar = 0x20 }
        var utf8: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let n = encode(scalar, &utf8)
        guard n <= match.length else { return false }
        view[i] = utf8.0
        if n > 1 { view[i + 1] = utf8.1 }
        if n > 2 { view[i + 2] = utf8.2 }
        if n > 3 { view[i + 3] = utf8.3 }
        var k = i + n
        while k < i + match.length {
            view[k] = Document.ignorable
            k += 1
        }
        return true
    }

    @inline(__always)
    static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        default: return nil
        }
    }

    /// HTML's rules for numeric references: 0x80–0x9F name Windows-1252
    /// characters (`&#146;` is `’`), and NUL, surrogates and out-of-range
    /// values become U+FFFD.
    static func numericScalar(_ value: UInt32) -> UInt32 {
        if value >= 0x80 && value <= 0x9F { return windows1252[Int(value - 0x80)] }
        if value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF { return 0xFFFD }
        return value
    }

    static func encode(_ s: UInt32, _ out: inout (UInt8, UInt8, UInt8, UInt8)) -> Int {
        switch s {
        case 0..<0x80:
            out.0 = UInt8(s)
            return 1
        case 0x80..<0x800:
            out.0 = UInt8(0xC0 | (s >> 6))
            out.1 = UInt8(0x80 | (s & 0x3F))
            return 2
        case 0x800..<0x10000:
            out.0 = UInt8(0xE0 | (s >> 12))
            out.1 = UInt8(0x80 | ((s >> 6) & 0x3F))
            out.2 = UInt8(0x80 | (s & 0x3F))
            return 3
        default:
            out.0 = UInt8(0xF0 | (s >> 18))
            out.1 = UInt8(0x80 | ((s >> 12) & 0x3F))
            out.2 = UInt8(0x80 | ((s >> 6) & 0x3F))
            out.3 = UInt8(0x80 | (s & 0x3F))
            return 4
        }
    }

    /// Windows-1252 code points for bytes 0x80–0x9F (undefined ones map to themselves).
    static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
    ]

    /// Entity names packed big-endian into a UInt64 (at most 8 bytes) → scalar.
    static let named: [UInt64: UInt32] = {
        var table: [UInt64: UInt32] = [:]
        table.reserveCapacity(entityList.count)
        for (name, scalar) in entityList {
            var key: UInt64 = 0
            for c in name.utf8 { key = key << 8 | UInt64(c) }
            table[key] = scalar
        }
        return table
    }()

    static let entityList: [(String, UInt32)] = [
        ("quot", 0x22), ("amp", 0x26), ("apos", 0x27), ("lt", 0x3C), ("gt", 0x3E), ("nbsp", 0xA0),
        ("iexcl", 0xA1), ("cent", 0xA2), ("pound", 0xA3), ("curren", 0xA4), ("yen", 0xA5), ("brvbar", 0xA6),
        ("sect", 0xA7), ("uml", 0xA8), ("copy", 0xA9), ("ordf", 0xAA), ("laquo", 0xAB), ("not", 0xAC),
        ("shy", 0xAD), ("reg", 0xAE), ("macr", 0xAF), ("deg", 0xB0), ("plusmn", 0xB1), ("sup2", 0xB2),
        ("sup3", 0xB3), ("acute", 0xB4), ("micro", 0xB5), ("para", 0xB6), ("middot", 0xB7), ("cedil", 0xB8),
        ("sup1", 0xB9), ("ordm", 0xBA), ("raquo", 0xBB), ("frac14", 0xBC), ("frac12", 0xBD), ("frac34", 0xBE),
        ("iquest", 0xBF), ("Agrave", 0xC0), ("Aacute", 0xC1), ("Acirc", 0xC2), ("Atilde", 0xC3),
        ("Auml", 0xC4), ("Aring", 0xC5), ("AElig", 0xC6), ("Ccedil", 0xC7), ("Egrave", 0xC8),
        ("Eacute", 0xC9), ("Ecirc", 0xCA), ("Euml", 0xCB), ("Igrave", 0xCC), ("Iacute", 0xCD),
        ("Icirc", 0xCE), ("Iuml", 0xCF), ("ETH", 0xD0), ("Ntilde", 0xD1), ("Ograve", 0xD2), ("Oacute", 0xD3),
        ("Ocirc", 0xD4), ("Otilde", 0xD5), ("Ouml", 0xD6), ("times", 0xD7), ("Oslash", 0xD8),
        ("Ugrave", 0xD9), ("Uacute", 0xDA), ("Ucirc", 0xDB), ("Uuml", 0xDC), ("Yacute", 0xDD),
        ("THORN", 0xDE), ("szlig", 0xDF), ("agrave", 0xE0), ("aacute", 0xE1), ("acirc", 0xE2),
        ("atilde", 0xE3), ("auml", 0xE4), ("aring", 0xE5), ("aelig", 0xE6), ("ccedil", 0xE7),
        ("egrave", 0xE8), ("eacute", 0xE9), ("ecirc", 0xEA), ("euml", 0xEB), ("igrave", 0xEC),
        ("iacute", 0xED), ("icirc", 0xEE), ("iuml", 0xEF), ("eth", 0xF0), ("ntilde", 0xF1), ("ograve", 0xF2),
        ("oacute", 0xF3), ("ocirc", 0xF4), ("otilde", 0xF5), ("ouml", 0xF6), ("divide", 0xF7),
        ("oslash", 0xF8), ("ugrave", 0xF9), ("uacute", 0xFA), ("ucirc", 0xFB), ("uuml", 0xFC),
        ("yacute", 0xFD), ("thorn", 0xFE), ("yuml", 0xFF), ("OElig", 0x152), ("oelig", 0x153),
        ("Scaron", 0x160), ("scaron", 0x161), ("Yuml", 0x178), ("fnof", 0x192), ("circ", 0x2C6),
        ("tilde", 0x2DC), ("Alpha", 0x391), ("Beta", 0x392), ("Gamma", 0x393), ("Delta", 0x394),
        ("Epsilon", 0x395), ("Zeta", 0x396), ("Eta", 0x397), ("Theta", 0x398), ("Iota", 0x399),
        ("Kappa", 0x39A), ("Lambda", 0x39B), ("Mu", 0x39C), ("Nu", 0x39D), ("Xi", 0x39E), ("Omicron", 0x39F),
        ("Pi", 0x3A0), ("Rho", 0x3A1), ("Sigma", 0x3A3), ("Tau", 0x3A4), ("Upsilon", 0x3A5), ("Phi", 0x3A6),
        ("Chi", 0x3A7), ("Psi", 0x3A8), ("Omega", 0x3A9), ("alpha", 0x3B1), ("beta", 0x3B2), ("gamma", 0x3B3),
        ("delta", 0x3B4), ("epsilon", 0x3B5), ("zeta", 0x3B6), ("eta", 0x3B7), ("theta", 0x3B8),
        ("iota", 0x3B9), ("kappa", 0x3BA), ("lambda", 0x3BB), ("mu", 0x3BC), ("nu", 0x3BD), ("xi", 0x3BE),
        ("omicron", 0x3BF), ("pi", 0x3C0), ("rho", 0x3C1), ("sigmaf", 0x3C2), ("sigma", 0x3C3),
        ("tau", 0x3C4), ("upsilon", 0x3C5), ("phi", 0x3C6), ("chi", 0x3C7), ("psi", 0x3C8), ("omega", 0x3C9),
        ("thetasym", 0x3D1), ("upsih", 0x3D2), ("piv", 0x3D6), ("ensp", 0x2002), ("emsp", 0x2003),
        ("thinsp", 0x2009), ("zwnj", 0x200C), ("zwj", 0x200D), ("lrm", 0x200E), ("rlm", 0x200F),
        ("ndash", 0x2013), ("mdash", 0x2014), ("lsquo", 0x2018), ("rsquo", 0x2019), ("sbquo", 0x201A),
        ("ldquo", 0x201C), ("rdquo", 0x201D), ("bdquo", 0x201E), ("dagger", 0x2020), ("Dagger", 0x2021),
        ("bull", 0x2022), ("hellip", 0x2026), ("permil", 0x2030), ("prime", 0x2032), ("Prime", 0x2033),
        ("lsaquo", 0x2039), ("rsaquo", 0x203A), ("oline", 0x203E), ("frasl", 0x2044), ("euro", 0x20AC),
        ("image", 0x2111), ("weierp", 0x2118), ("real", 0x211C), ("trade", 0x2122), ("alefsym", 0x2135),
        ("larr", 0x2190), ("uarr", 0x2191), ("rarr", 0x2192), ("darr", 0x2193), ("harr", 0x2194),
        ("crarr", 0x21B5), ("lArr", 0x21D0), ("uArr", 0x21D1), ("rArr", 0x21D2), ("dArr", 0x21D3),
        ("hArr", 0x21D4), ("forall", 0x2200), ("part", 0x2202), ("exist", 0x2203), ("empty", 0x2205),
        ("nabla", 0x2207), ("isin", 0x2208), ("notin", 0x2209), ("ni", 0x220B), ("prod", 0x220F),
        ("sum", 0x2211), ("minus", 0x2212), ("lowast", 0x2217), ("radic", 0x221A), ("prop", 0x221D),
        ("infin", 0x221E), ("ang", 0x2220), ("and", 0x2227), ("or", 0x2228), ("cap", 0x2229), ("cup", 0x222A),
        ("int", 0x222B), ("there4", 0x2234), ("sim", 0x223C), ("cong", 0x2245), ("asymp", 0x2248),
        ("ne", 0x2260), ("equiv", 0x2261), ("le", 0x2264), ("ge", 0x2265), ("sub", 0x2282), ("sup", 0x2283),
        ("nsub", 0x2284), ("sube", 0x2286), ("supe", 0x2287), ("oplus", 0x2295), ("otimes", 0x2297),
        ("perp", 0x22A5), ("sdot", 0x22C5), ("lceil", 0x2308), ("rceil", 0x2309), ("lfloor", 0x230A),
        ("rfloor", 0x230B), ("lang", 0x2329), ("rang", 0x232A), ("loz", 0x25CA), ("spades", 0x2660),
        ("clubs", 0x2663), ("hearts", 0x2665), ("diams", 0x2666),
    ]
}
