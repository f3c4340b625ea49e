/// The ledger the examples of the ledger checks (`rules/verification.xml`)
/// are audited against: the Port Halden library story in miniature. It is
/// an ordinary ledger, parsed and validated like any other, with its
/// transcript and document inline. All of it is invented.
public enum ExampleLedger {
    public static let path = "example-ledger.sources.xml"

    public static let xml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <ledger xmlns="https://claimaudit.dev/ns/ledger/1" article="rule examples">
      <source id="ortiz" record="on">
        <name>Dana Ortiz</name>
        <role>Mayor of Port Halden</role>
        <basis>Proposed the library closures; interviewed by phone</basis>
      </source>
      <source id="aide" record="confidential">
        <name>Robin Vance</name>
        <description>a senior aide to the mayor</description>
        <role>Senior aide in the mayor's office</role>
        <basis>Attended the budget meetings</basis>
        <anonymity>Not authorised to speak; fears dismissal</anonymity>
        <title>deputy chief of staff</title>
        <organisation>mayor's office</organisation>
        <detail>former port authority lawyer</detail>
        <supports>The mayor plans to close the Eastside branch</supports>
        <supports>The mayor has drafted a second round of closures</supports>
      </source>
      <source id="clerk" record="confidential">
        <description>a council staff member</description>
        <role>Council clerk's office employee</role>
        <basis>Handled the closure paperwork</basis>
        <anonymity>Not authorised to speak</anonymity>
        <supports>The mayor plans to close the Eastside branch</supports>
      </source>
      <document id="budget">
        <title>Port Halden draft budget 2025</title>
        <alias>the draft budget</alias>
        <text>Library spending is set at $12.5 million, down 8% from 2024. Closing three branches saves $4,000,000 a year. The council votes on March 18, 2025.</text>
      </document>
      <transcript id="ortiz-call" source="ortiz">
        <text>We will not back down on the library plan. The branches cost us four million dollars a year and nobody uses them after six. I told the council that on Monday, and I meant every word of it.</text>
      </transcript>
    </ledger>
    """

    /// Parsed once. The text is fixed, so a failure is a programming error
    /// caught by the rule-example tests.
    public static let ledger: Ledger? = try? LedgerLoader.load(Array(xml.utf8), path: path, readFile: { file in
        throw ClaimAuditError.input(path: file, line: 0, column: 0, message: "the example ledger reads no files")
    })
}
