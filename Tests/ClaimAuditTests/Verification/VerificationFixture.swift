import Foundation
@testable import ClaimAudit

/// The shipped rules, one auditor, and ledgers written inline for the
/// verification tests. All names, places and figures are invented.
enum VerificationFixture {
    static let auditor: Auditor = try! Auditor(ruleSet: RuleLoader.loadDefaults())

    /// A ledger from XML text; files it names are served from `files`.
    static func ledger(_ xml: String, files: [String: String] = [:], path: String = "story.sources.xml") throws -> Ledger {
        try LedgerLoader.load(Array(xml.utf8), path: path, readFile: { file in
            guard let text = files[file] else {
                throw ClaimAuditError.input(path: file, line: 0, column: 0, message: "cannot open: No such file or directory")
            }
            return SourceText(path: file, text: text)
        })
    }

    static func wrap(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <ledger xmlns="https://claimaudit.dev/ns/ledger/1">
        \(body)
        </ledger>
        """
    }

    /// The mayor on the record with one transcript, two confidential aides,
    /// one document: enough for every ledger check.
    static let standard = wrap("""
      <source id="ortiz" record="on">
        <name>Dana Ortiz</name>
        <role>Mayor</role>
        <basis>Interviewed by phone</basis>
      </source>
      <source id="aide" record="confidential">
        <name>Robin Vance</name>
        <description>a senior aide</description>
        <role>Aide in the mayor's office</role>
        <basis>Attended the meetings</basis>
        <anonymity>Not authorised to speak</anonymity>
        <title>deputy chief of staff</title>
        <organisation>mayor's office</organisation>
        <detail>former port authority lawyer</detail>
        <supports>The mayor plans to close the Eastside branch</supports>
        <supports>The mayor drafted a second round of cuts</supports>
      </source>
      <source id="clerk" record="confidential">
        <description>a council staff member</description>
        <role>Clerk's office</role>
        <basis>Handled the paperwork</basis>
        <anonymity>Not authorised to speak</anonymity>
        <supports>The mayor plans to close the Eastside branch</supports>
      </source>
      <document id="budget">
        <title>Port Halden draft budget 2025</title>
        <alias>the draft budget</alias>
        <href>https://budget.porthalden.example/2025</href>
        <text>Library spending is $12.5 million, down 8% from 2024. Closing branches saves $4,000,000 a year. The port deal is worth US$15bn. The council votes on March 18, 2025.</text>
      </document>
      <transcript id="call" source="ortiz">
        <text>We will not back down on the library plan. The branches cost us four million dollars a year, and honestly, nobody uses them after six. I told the council that on Monday. The decision is ours, not theirs.</text>
      </transcript>
    """)

    static let standardLedger: Ledger = try! ledger(standard)

    /// Audits `text` (plain text unless `format` says otherwise) with `ledger`.
    static func audit(_ text: String, ledger: Ledger? = standardLedger, format: InputFormat = .text,
                      options: VerificationOptions = VerificationOptions()) throws -> DocumentReport {
        try auditor.audit(SourceText(path: "story.txt", text: text), format: format, ledger: ledger, verification: options)
    }

    static func findings(_ report: DocumentReport, _ rule: String) -> [Finding] {
        report.findings.filter { $0.rule == rule }
    }

    /// The words a finding covers.
    static func covered(_ f: Finding, in text: String) -> String {
        String(decoding: Array(text.utf8)[f.start..<f.end], as: UTF8.self)
    }
}
