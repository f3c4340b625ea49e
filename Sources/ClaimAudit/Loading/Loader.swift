/// Turns bytes in a known format into the one `Document` model.
public enum Loader {
    public static func load(_ source: SourceText, format: InputFormat) throws -> Document {
        switch format {
        case .text: return TextLoader.load(source)
        case .markdown: return try MarkdownLoader.load(source)
        case .html: return try HTMLLoader.load(source)
        }
    }
}
