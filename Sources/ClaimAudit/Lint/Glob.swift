/// A path glob as in `.gitignore` and most linters' configs, matched against
/// `/`-separated paths relative to the configuration's folder.
///
/// - `*` matches any run of characters except `/`; `?` one character except `/`.
/// - `**` as a whole segment matches zero or more segments (`a/**/b`, `**/*.md`,
///   `drafts/**`).
/// - `[abc]`, `[a-z]` and `[!abc]` match one character of (not of) a set.
/// - A pattern without `/` matches the file name at any depth (`*.md`).
/// - A leading `./` or `/` anchors nothing extra and is dropped.
/// Matching works on UTF-8 bytes; it is case-sensitive, like git.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let segments: [[UInt8]]
    private let basenameOnly: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        var p = pattern
        while p.hasPrefix("./") { p.removeFirst(2) }
        while p.hasPrefix("/") { p.removeFirst() }
        while p.hasSuffix("/") { p.removeLast() }
        basenameOnly = !p.contains("/")
        segments = p.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
    }

    public var description: String { pattern }

    /// Whether `path` (relative, `/`-separated) matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
        if basenameOnly {
            guard let last = parts.last, let only = segments.first else { return false }
            if segments.count == 1 && only == Array("**".utf8) { return true }
            return Self.segment(only[...], last[...])
        }
        return Self.match(segments[...], parts[...])
    }

    /// Whether `path` or one of its ancestor folders matches, so that
    /// excluding `drafts` or `drafts/**` excludes everything below it.
    public func matchesSelfOrAncestor(_ path: String) -> Bool {
        if matches(path) { return true }
        var prefix = Substring(path)
        while let slash = prefix.lastIndex(of: "/") {
            prefix = prefix[..<slash]
            if !prefix.isEmpty && matches(String(prefix)) { return true }
        }
        return false
    }

    private static let doubleStar = Array("**".utf8)

    private static func match(_ pattern: ArraySlice<[UInt8]>, _ parts: ArraySlice<[UInt8]>) -> Bool {
        guard let first = pattern.first else { return parts.isEmpty }
        if first == doubleStar {
            let rest = pattern.dropFirst()
            var p = parts
            while true {
                if match(rest, p) { return true }
                if p.isEmpty { return false }
                p = p.dropFirst()
            }
        }
        guard let part = parts.first, segment(first[...], part[...]) else { return false }
        return match(pattern.dropFirst(), parts.dropFirst())
    }

    /// One segment: `*`, `?` and bracket sets, with backtracking on the last `*`.
    static func segment(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        var pi = p.startIndex, si = s.startIndex
        var starP: Int? = nil, starS = 0
        while si < s.endIndex {
            if pi < p.endIndex {
                let c = p[pi]
                if c == UInt8(ascii: "*") {
                    starP = pi; starS = si; pi += 1
                    continue
                }
                if c == UInt8(ascii: "?") { pi += 1; si += 1; continue }
                if c == UInt8(ascii: "["), let (matched, next) = bracket(p, pi, s[si]) {
                    if matched { pi = next; si += 1; continue }
                } else if c == s[si] {
                    pi += 1; si += 1
                    continue
                }
            }
            guard let star = starP else { return false }
            pi = star + 1
            starS += 1
            si = starS
        }
        while pi < p.endIndex && p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.endIndex
    }

    /// A `[...]` set at `i`: whether `byte` is in it and the index after `]`;
    /// nil when the bracket is not closed (then `[` is literal).
    private static func bracket(_ p: ArraySlice<UInt8>, _ i: Int, _ byte: UInt8) -> (Bool, Int)? {
        var j = i + 1
        var negate = false
        if j < p.endIndex && (p[j] == UInt8(ascii: "!") || p[j] == UInt8(ascii: "^")) { negate = true; j += 1 }
        var matched = false
        var first = true
        while j < p.endIndex {
            let c = p[j]
            if c == UInt8(ascii: "]") && !first { return (matched != negate, j + 1) }
            first = false
            if j + 2 < p.endIndex && p[j + 1] == UInt8(ascii: "-") && p[j + 2] != UInt8(ascii: "]") {
                if c <= byte && byte <= p[j + 2] { matched = true }
                j += 3
            } else {
                if c == byte { matched = true }
                j += 1
            }
        }
        return nil
    }
}
