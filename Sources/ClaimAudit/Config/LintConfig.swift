/// A repository's lint settings, from `claimaudit.xml` / `.claimaudit.xml`
/// (schema `rules/config.xsd`), or the defaults when there is no file.
public struct LintConfig: Sendable {
    /// The file the settings came from; nil for the defaults.
    public var path: String?
    /// The folder globs and rule-pack paths are relative to: the config
    /// file's folder, or the working directory without a file.
    public var root: String
    /// Globs of files to lint; empty means `defaultInclude`.
    public var include: [Glob] = []
    public var exclude: [Glob] = []
    /// `error`, `warning`, `info` or `never`; nil leaves it to the command line.
    public var failOn: String?
    /// False to start from no shipped packs (only `rulePaths`).
    public var defaultRules = true
    /// House rule folders or files, already resolved against `root`.
    public var rulePaths: [String] = []
    /// Pack ids turned on or off, in file order.
    public var packs: [PackSetting] = []
    /// Per-rule settings, in file order.
    public var rules: [RuleSetting] = []
    /// Section labels the desk adds ("What we're watching" → analysis).
    public var sectionLabels: [SectionLabel] = []

    public init(path: String? = nil, root: String) {
        self.path = path
        self.root = root
    }

    /// What is linted when the config lists no `<include>`: every file the
    /// loaders read, at any depth.
    public static let defaultInclude: [Glob] = ["*.md", "*.markdown", "*.mdown", "*.mkd",
                                                 "*.html", "*.htm", "*.xhtml", "*.txt"].map(Glob.init)

    /// The include globs in force.
    public var effectiveInclude: [Glob] { include.isEmpty ? Self.defaultInclude : include }

    public struct PackSetting: Sendable, Hashable {
        public var id: String
        public var enabled: Bool
        /// Line of the `id=` attribute in the config file, for errors.
        public var line: Int
        /// Column of the `id=` attribute (Unicode scalars); 0 when unknown.
        public var column: Int = 0
    }

    public struct RuleSetting: Sendable, Hashable {
        public var id: String
        public var enabled: Bool?
        public var severity: Severity?
        /// Thresholds of document-level metric rules.
        public var min: Double?
        public var max: Double?
        /// Line of the `id=` attribute in the config file, for errors.
        public var line: Int
        /// Column of the `id=` attribute (Unicode scalars); 0 when unknown.
        public var column: Int = 0
        /// Where the `min=` or `max=` attribute is written (the later of
        /// the two when both are), for errors about the limit.
        public var limitLocation: SourceLocation? = nil

        /// Where the setting is, for errors about the rule it names.
        public var location: SourceLocation { SourceLocation(line: line, column: column) }
    }
}
