/// The reporter's source ledger for one article (`ARTICLE.sources.xml`):
/// who the sources are, which documents and transcripts back the copy.
/// Loaded and checked by `LedgerLoader`; every text is already read in.
public struct Ledger: Sendable {
    /// The ledger file's path, for messages.
    public var path: String
    public var sources: [LedgerSource]
    public var documents: [LedgerDocument]
    public var transcripts: [LedgerTranscript]

    public init(path: String, sources: [LedgerSource] = [], documents: [LedgerDocument] = [],
                transcripts: [LedgerTranscript] = []) {
        self.path = path
        self.sources = sources
        self.documents = documents
        self.transcripts = transcripts
    }

    public func source(id: String) -> LedgerSource? { sources.first { $0.id == id } }

    /// The transcripts and notes of one source, in ledger order.
    public func transcripts(of sourceID: String) -> [LedgerTranscript] {
        transcripts.filter { $0.source == sourceID }
    }
}

/// One person or organisation the reporter relied on.
public struct LedgerSource: Sendable, Hashable {
    public var id: String
    /// The real name. Required on the record; optional (and never to be
    /// printed in the copy) for a confidential source.
    public var name: String?
    /// How the copy describes a confidential source ("a senior aide").
    public var description: String?
    /// Other ways the copy names the source ("Ortiz", "the mayor's office").
    public var aliases: [String]
    public var role: String
    public var confidential: Bool
    /// How the source knows what they told the reporter.
    public var basis: String
    /// Why a confidential source was granted anonymity.
    public var anonymity: String?
    /// Identifying pieces for the leak check: job title, organisation and
    /// distinctive details, as they would be written in copy.
    public var title: String?
    public var organisation: String?
    public var details: [String]
    /// Short snippets of the article text this source supports.
    public var supports: [String]
    /// Line of the `<source>` element in the ledger.
    public var line: Int

    public init(id: String, name: String? = nil, description: String? = nil, aliases: [String] = [],
                role: String, confidential: Bool, basis: String, anonymity: String? = nil,
                title: String? = nil, organisation: String? = nil, details: [String] = [],
                supports: [String] = [], line: Int = 0) {
        self.id = id
        self.name = name
        self.description = description
        self.aliases = aliases
        self.role = role
        self.confidential = confidential
        self.basis = basis
        self.anonymity = anonymity
        self.title = title
        self.organisation = organisation
        self.details = details
        self.supports = supports
        self.line = line
    }

    /// What to call the source in a report: the name on the record, the
    /// description for a confidential source (never its real name).
    public var label: String {
        confidential ? (description ?? id) : (name ?? id)
    }
}

/// A document the copy draws on (report, filing, data release).
public struct LedgerDocument: Sendable, Hashable {
    public var id: String
    public var title: String
    /// How the copy may refer to it ("budget documents", "the audit").
    public var aliases: [String]
    /// Web addresses of the document, matched against links in the copy.
    public var hrefs: [String]
    /// The file it was read from (as written in the ledger), if any.
    public var path: String?
    /// The document's prose, markup removed and white space folded.
    public var text: String
    public var line: Int

    public init(id: String, title: String, aliases: [String] = [], hrefs: [String] = [], path: String? = nil,
                text: String, line: Int = 0) {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.hrefs = hrefs
        self.path = path
        self.text = text
        self.line = line
    }
}

/// An interview transcript or the reporter's notes of one source.
public struct LedgerTranscript: Sendable, Hashable {
    public var id: String
    /// Id of the `LedgerSource` speaking.
    public var source: String
    public var path: String?
    /// The transcript's prose, markup removed and white space folded.
    public var text: String
    public var line: Int

    public init(id: String, source: String, path: String? = nil, text: String, line: Int = 0) {
        self.id = id
        self.source = source
        self.path = path
        self.text = text
        self.line = line
    }
}
