import Foundation

/// `json`: the report model as JSON, field names fixed for other tools.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "JSON for other tools (UTF-8 byte offsets)."
    public init() {}

    public func render(_ report: AuditReport) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(0x0A)
        return [UInt8](data)
    }
}
