import ArgumentParser
import ClaimAudit

/// `--stylesheet FILE` for the HTML report, shared by `audit` and `report`.
///
/// Two kinds of file, told apart by extension:
/// - `.css`: placed after the default stylesheet (`reports/report.css`), so a
///   newsroom restyles the shipped report (colours, fonts, spacing) and its
///   rules win; the page's structure, escaping and print layout stay.
/// - `.xsl` / `.xslt`: an XSLT 1.0 template applied to the canonical XML
///   report, for a newsroom that wants its own page (`reports/newsroom.xsl`
///   is a worked example). See `ReportTransform` for the safety rules.
struct StylesheetOption: ParsableArguments {
    @Option(help: ArgumentHelp("A .css file to restyle the HTML report, or an .xsl/.xslt template over the XML report.",
                               valueName: "file"))
    var stylesheet: String?

    enum Kind { case css, xslt }

    var kind: Kind? {
        guard let stylesheet else { return nil }
        let lower = stylesheet.lowercased()
        return lower.hasSuffix(".xsl") || lower.hasSuffix(".xslt") ? .xslt : .css
    }

    /// HTML options with the CSS override loaded (exit 2 on a bad file).
    func htmlOptions() throws -> HTMLOptions {
        var options = HTMLOptions()
        guard let stylesheet, kind == .css else { return options }
        options.extraCSS = try Console.exitOnError {
            let source = try InputReader.read(stylesheet)
            let css = String(decoding: source.bytes, as: UTF8.self)
            try HTMLOptions.checkStylesheet(css, path: stylesheet)
            return css
        }
        return options
    }

    /// The compiled XSLT template, when one was given (exit 2 on a bad file).
    func transform() throws -> ReportTransform? {
        guard let stylesheet, kind == .xslt else { return nil }
        return try Console.exitOnError { try ReportTransform(path: stylesheet) }
    }
}
