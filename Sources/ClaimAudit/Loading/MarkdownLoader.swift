/// Markdown (CommonMark subset). PLACEHOLDER until the real loader lands:
/// reads the file as plain text.
public enum MarkdownLoader {
    public static func load(_ source: SourceText) throws -> Document {
        let doc = TextLoader.load(source)
        return Document(source: source, format: .markdown, view: doc.view, blocks: doc.blocks)
    }
}
