/// The verification section of a document's report: what the source ledger
/// says and how the copy held up against it. Present only when the article
/// was audited with a ledger.
public struct VerificationSection: Sendable, Codable, Hashable {
    /// The ledger's path.
    public var ledger: String
    public var sources: [SourceEntry]
    public var quotes: [QuoteResult]
    public var numbers: [NumberResult]
    /// Coverage problems: claim-level (`claim` set) and whole-document.
    public var gaps: [Gap]

    public init(ledger: String, sources: [SourceEntry] = [], quotes: [QuoteResult] = [],
                numbers: [NumberResult] = [], gaps: [Gap] = []) {
        self.ledger = ledger
        self.sources = sources
        self.quotes = quotes
        self.numbers = numbers
        self.gaps = gaps
    }

    /// A ledger source and the claims (ids) it supports in the copy.
    public struct SourceEntry: Sendable, Codable, Hashable {
        public var id: String
        /// Name on the record; description for a confidential source.
        public var label: String
        public var role: String
        /// `on` or `confidential`.
        public var record: String
        public var claims: [String]
    }

    public enum QuoteStatus: String, Sendable, Codable, Hashable, CaseIterable {
        case verified
        case nearMiss = "near-miss"
        case notFound = "not-found"
        case noTranscript = "no-transcript"
    }

    public struct QuoteResult: Sendable, Codable, Hashable {
        public var claim: String
        public var source: String
        public var status: QuoteStatus
        /// Id of the transcript that matched best, if any.
        public var transcript: String?
        /// UTF-8 byte offsets of the quotation (marks included), end exclusive.
        public var start: Int
        public var end: Int
        public var text: String
        /// The word-level difference, for a near miss.
        public var detail: String?
    }

    public enum NumberStatus: String, Sendable, Codable, Hashable, CaseIterable {
        case found
        case notFound = "not-found"
    }

    public struct NumberResult: Sendable, Codable, Hashable {
        public var claim: String
        public var document: String
        public var status: NumberStatus
        public var start: Int
        public var end: Int
        public var text: String
    }

    public struct Gap: Sendable, Codable, Hashable {
        /// The claim concerned, or nil for a whole-document gap.
        public var claim: String?
        public var rule: String
        public var message: String
    }
}
