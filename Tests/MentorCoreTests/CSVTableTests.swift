import MentorCore
import Testing

@Suite struct CSVTableTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let table = try CSVTable(parsing: "Email,Name\r\na@x.io,\"Doe, \"\"JD\"\" Jane\"\r\nb@x.io,\"two\nlines\"\nc@x.io,C\n")
        #expect(table.header == ["email", "name"])
        #expect(table.rows.map(\.fields) == [["a@x.io", "Doe, \"JD\" Jane"], ["b@x.io", "two\nlines"], ["c@x.io", "C"]])
        #expect(table.rows.map(\.line) == [2, 3, 5])
    }

    @Test func lastRowWithoutNewlineAndBlankLinesAreHandled() throws {
        let table = try CSVTable(parsing: "a,b\n1,2\n\n3,4")
        #expect(table.rows.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test func strayAndUnterminatedQuotesAreReportedByLine() {
        #expect(throws: CSVError.strayQuote(line: 2)) { try CSVTable(parsing: "a,b\nx\"y,2\n") }
        #expect(throws: CSVError.unterminatedQuote(line: 3)) { try CSVTable(parsing: "a,b\n1,2\n\"open,3\n") }
        #expect(throws: CSVError.empty) { try CSVTable(parsing: "") }
    }
}
