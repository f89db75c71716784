import MentorCore
import Testing

/// Finding D16 (`findings/security-probe.md`): a people file saved by Excel as "CSV UTF-8" starts with a byte-order
/// mark, and the import said the header had no `email` column.
@Suite struct SecurityD16RegressionTests {
    @Test func securityD16AByteOrderMarkBeforeTheHeaderIsIgnored() throws {
        let table = try CSVTable(parsing: "\u{FEFF}email,name,timezone\r\nbom@example.com,Bom Person,Europe/Lisbon\r\n")
        #expect(table.header == ["email", "name", "timezone"])
        #expect(table.rows.map(\.fields) == [["bom@example.com", "Bom Person", "Europe/Lisbon"]])
        let plan = PeopleImportPlanner().plan(csv: "\u{FEFF}email,name,timezone\nbom@example.com,Bom Person,Europe/Lisbon\n") { _ in false }
        #expect(plan.problems.isEmpty, "\(plan.problems)")
    }
}
