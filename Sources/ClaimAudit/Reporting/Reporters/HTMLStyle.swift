/// The HTML report's stylesheet: `reports/report.css`, compiled into the
/// binary by `scripts/embed-resources.py` so a copied binary needs no files
/// (EmbeddedResourcesTests keeps the copy in step with the file). It is
/// shipped text, never user input, which is what makes it safe to place
/// inside `<style>`.
enum HTMLStyle {
    static let css: String = EmbeddedResources.files["reports/report.css"] ?? ""

    /// A newsroom's override stylesheet, accepted only if it cannot end the
    /// `<style>` element or open markup: libxml2 writes `<style>` bodies
    /// unescaped, so a `<` would let the file inject HTML. CSS needs no `<`.
    static func checkedOverride(_ css: String, path: String = "stylesheet") throws -> String {
        var line = 1, column = 1
        for scalar in css.unicodeScalars {
            if scalar == "<" {
                throw ClaimAuditError.input(path: path, line: line, column: column,
                                            message: "a report stylesheet may not contain “<” (it could end the <style> element)")
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return css
    }
}
