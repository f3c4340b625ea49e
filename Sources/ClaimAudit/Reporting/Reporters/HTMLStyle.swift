/// The HTML report's stylesheet: `reports/report.css`, compiled into the
/// binary by `scripts/embed-resources.py` so a copied binary needs no files
/// (EmbeddedResourcesTests keeps the copy in step with the file). It is
/// shipped text, never user input, which is what makes it safe to place
/// inside `<style>`.
enum HTMLStyle {
    static let css: String = EmbeddedResources.files["reports/report.css"] ?? ""
}
