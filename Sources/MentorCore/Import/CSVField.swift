import Foundation

/// One cell of a CSV that mentord writes (round reviews, dashboard downloads), safe to open in a spreadsheet.
public enum CSVField {
    /// `value` as a cell. A leading `=`, `+`, `-`, `@`, tab or CR would run as a formula in a spreadsheet, so it gets a
    /// `'`. Scalars are checked, not characters: `"\r\n"` is one Swift `Character` equal to neither `"\r"` nor `"\n"`,
    /// which let a CRLF in a name end the row unquoted and start the next with a formula (finding D8).
    public static func escape(_ value: String) -> String {
        let formulaStart: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
        let safe = value.unicodeScalars.first.map(formulaStart.contains) == true ? "'" + value : value
        let needsQuotes = safe.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        return needsQuotes ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
    }

    /// One line of cells, without its line break.
    public static func line(_ values: [String]) -> String {
        values.map(escape).joined(separator: ",")
    }
}
