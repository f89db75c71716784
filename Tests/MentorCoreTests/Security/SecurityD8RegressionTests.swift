@testable import MentorCore
import Testing

/// Finding D8 (`findings/security-probe.md`): a CR or CRLF in a name went into the review CSV unquoted, so the next
/// physical line started a new row with the attacker's formula.
@Suite struct SecurityD8RegressionTests {
    @Test(arguments: ["Eve\r\n=1+2+cmd|' /C calc'!A0\r\nX", "Mallory\r=2+5\rY", "=HYPERLINK(\"x\")", "\t=1", "\r=1", "a,b", "plain"])
    func securityD8AReviewCellStaysOneCellAndNeverStartsAFormula(_ value: String) throws {
        let line = ["crlf@example.com", MatchRound.csvField(value), "last"].joined(separator: ",")
        let table = try CSVTable(parsing: "email,name,end\n" + line + "\n")
        #expect(table.rows.count == 1, "one row, whatever the cell holds")
        let cells = try #require(table.rows.first).fields
        #expect(cells.count == 3 && cells[2] == "last")
        let formulaStart: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
        #expect(cells[1].unicodeScalars.first.map(formulaStart.contains) != true, "\(cells[1].debugDescription)")
    }
}
