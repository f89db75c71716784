import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// `mentord import people --as-of` and the HR history through the command line: checked days, refused files that
/// change nothing, and export and forget of the history.
@Suite struct PersonHistoryCLITests {
    let folder = TemporaryDirectory()
    var environment: [String: String] {
        ["MENTORD_DATA_DIR": folder.file("data"), "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning"]
    }
    let header = "email,name,timezone,function,career_stage,hire_date,status,termination_date,last_promotion_date"

    func run(_ arguments: [String], input: [String] = []) -> (Int32, CapturedTerminal) {
        let captured = CapturedTerminal(environment: environment, input: input)
        return (MentordCLI.run(arguments, terminal: captured.terminal), captured)
    }

    func file(_ name: String, _ rows: [String]) throws -> String {
        let path = folder.file(name)
        try ([header] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every history row as `email day status level source`, read from the database file.
    func historyRows() throws -> [String] {
        let database = try Database(path: folder.file("data") + "/mentord.sqlite")
        return try database.read { connection in
            try connection.query("""
                SELECT p.email, h.effective_on, h.status, h.career_level, h.source FROM person_history AS h JOIN people AS p ON p.id = h.person_id
                ORDER BY p.email, h.effective_on
                """) { "\($0.string(0)) \($0.string(1)) \($0.string(2)) \($0.int(3)) \($0.string(4))" }
        }
    }

    @Test func asOfMustBeADayThatHasHappened() throws {
        let path = try file("hris.csv", ["ana@example.com,Ana,UTC,Sales,2,,active,,"])
        let (badStatus, bad) = run(["import", "people", path, "--as-of", "31/01/2025"])
        #expect(badStatus == 64)
        #expect(bad.standardError.contains("--as-of takes a day written YYYY-MM-DD, not \"31/01/2025\""))
        let (futureStatus, future) = run(["import", "people", path, "--as-of", "2999-01-01"])
        #expect(futureStatus == 64)
        #expect(future.standardError.contains("--as-of 2999-01-01 is in the future (today is \(CalendarDate(Date(), in: .gmt)), UTC)"))
        #expect(run(["console", "--as", "ana@example.com"]).0 == 66, "nothing was imported")

        let (status, imported) = run(["import", "people", path])
        #expect(status == 0, "\(imported.standardError)")
        #expect(try historyRows() == ["ana@example.com \(CalendarDate(Date(), in: .gmt)) active 2 import"], "without --as-of, today (UTC)")
    }

    @Test func anImportOlderThanTheLatestIsRefusedAndChangesNothing() throws {
        #expect(run(["import", "people", try file("feb.csv", ["ana@example.com,Ana,UTC,Sales,2,,active,,"]), "--as-of", "2025-02-28"]).0 == 0)
        let january = try file("jan.csv", ["ana@example.com,Ana,UTC,Sales,1,,active,,"])
        let (status, terminal) = run(["import", "people", january, "--as-of", "2025-01-31"])
        #expect(status == 65)
        #expect(terminal.standardError.contains("describes 2025-01-31, but the directory already holds an import of 2025-02-28; import HR files in date order"))
        #expect(try historyRows() == ["ana@example.com 2025-02-28 active 2 import"])
        #expect(run(["import", "people", january, "--as-of", "2025-02-28"]).0 == 0, "the same day again is fine")
    }

    @Test func badDatesAreReportedByLineAndNothingIsWritten() throws {
        #expect(run(["import", "people", try file("jan.csv", ["ana@example.com,Ana,UTC,Sales,2,,active,,"]), "--as-of", "2025-01-31"]).0 == 0)
        let path = try file("feb.csv", [
            "ana@example.com,Ana,UTC,Sales,3,,active,,2025-02-03",
            "ben@example.com,Ben,UTC,Sales,2,,active,2025-02-31,",
            "cara@example.com,Cara,UTC,Sales,2,,active,,2025-03-05",
        ])
        let (status, terminal) = run(["import", "people", path, "--as-of", "2025-02-28"])
        #expect(status == 65)
        #expect(terminal.standardError.contains("feb.csv:3: termination_date \"2025-02-31\" is not a date; write it as YYYY-MM-DD"))
        #expect(terminal.standardError.contains("feb.csv:4: last_promotion_date 2025-03-05 is after the day this file describes (2025-02-28)"))
        #expect(terminal.standardError.contains("nothing imported: 2 problem(s)"))
        #expect(try historyRows() == ["ana@example.com 2025-01-31 active 2 import"], "Ana's good row waits for the whole file")
        let (partialStatus, _) = run(["import", "people", path, "--as-of", "2025-02-28", "--partial"])
        #expect(partialStatus == 65)
        #expect(try historyRows() == ["ana@example.com 2025-01-31 active 2 import", "ana@example.com 2025-02-03 active 3 last_promotion_date"])
    }

    @Test func exportShowsTheHistoryAndForgetErasesIt() throws {
        #expect(run(["import", "people", try file("jan.csv", [
            "zofia@example.com,Zofia Wrzesniewska,UTC,Sales,2,,active,,", "ben@example.com,Ben,UTC,Sales,3,,active,,",
        ]), "--as-of", "2025-01-31", "--full-sync"]).0 == 0)
        #expect(run(["import", "people", try file("feb.csv", [
            "zofia@example.com,Zofia Wrzesniewska,UTC,Sales,3,,active,,2025-02-10", "ben@example.com,Ben,UTC,Sales,3,,active,,",
        ]), "--as-of", "2025-02-28", "--full-sync"]).0 == 0)
        let (status, exported) = run(["export", "zofia@example.com"])
        #expect(status == 0, "\(exported.standardError)")
        let document = try JSONDecoder.iso8601.decode(PersonalDataDocument.self, from: Data(exported.standardOutput.utf8))
        #expect(document.employmentHistory.map { "\($0.effectiveOn) \($0.status) \($0.careerStage) \($0.source)" } == [
            "2025-01-31 active mid import", "2025-02-10 active senior last_promotion_date",
        ])
        let (forgetStatus, forgot) = run(["forget", "zofia@example.com", "--yes"])
        #expect(forgetStatus == 0, "\(forgot.standardError) \(forgot.standardOutput)")
        #expect(try historyRows() == ["ben@example.com 2025-01-31 active 3 import"])
    }
}
