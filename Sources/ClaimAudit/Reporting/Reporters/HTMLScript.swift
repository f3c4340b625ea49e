/// The collection index's only script, `reports/report.js` (shipped text,
/// compiled in like the stylesheet), and the CSP source that allows exactly
/// it: `'sha256-…'` of the bytes placed inside `<script>`. libxml2 writes a
/// `<script>` body unescaped and unchanged, so the hash of this text is the
/// hash of what the browser sees.
enum HTMLScript {
    static let source: String = EmbeddedResources.files["reports/report.js"] ?? ""

    static let cspHash: String = "sha256-" + SHA256.base64(SHA256.digest(Array(source.utf8)))
}
