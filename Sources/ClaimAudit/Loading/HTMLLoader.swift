/// HTML through libxml2's HTML parser. PLACEHOLDER until the real loader
/// lands: reads the file as plain text.
public enum HTMLLoader {
    public static func load(_ source: SourceText) throws -> Document {
        let doc = TextLoader.load(source)
        return Document(source: source, format: .html, view: doc.view, blocks: doc.blocks)
    }
}
