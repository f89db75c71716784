import Foundation
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// `import people` writes the HR history in its own transaction: from diffs, exact dates and full syncs.
@Suite struct PersonHistoryImportTests {
    let folder = TemporaryDirectory()
    let header = "email,name,timezone,function,career_stage,hire_date,status,termination_date,last_promotion_date"

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    func open(migrations: [Migration] = SchemaMigrations.all) throws -> (Database, SQLiteDirectory, SQLitePersonHistoryStore) {
        let database = try Database(path: folder.file("people.sqlite"))
        try Migrator(migrations: migrations).migrate(database)
        return (database, SQLiteDirectory(database: database, clock: FakeClock()), SQLitePersonHistoryStore(database: database))
    }

    func plan(_ rows: [String], asOf: String, fullSync: Bool = true) -> ImportPlan {
        PeopleImportPlanner(fullSync: fullSync, asOf: Self.day(asOf)).plan(csv: ([header] + rows).joined(separator: "\n")) { _ in false }
    }

    /// `day status level source` per state, for short comparisons.
    func history(_ email: String, _ directory: SQLiteDirectory, _ store: SQLitePersonHistoryStore) throws -> [String] {
        let person = try #require(try directory.person(email: email))
        return try store.employmentHistory(of: person.id).map { "\($0.effectiveOn) \($0.status.rawValue) \($0.careerStage.level) \($0.source.rawValue)" }
    }

    @Test func monthlyImportsRecordDiffsExactDatesAndDepartures() throws {
        let (_, directory, store) = try open()
        _ = try directory.apply(plan([
            "ana@example.com,Ana,UTC,Sales,2,2020-02-03,active,,",
            "ben@example.com,Ben,UTC,Sales,3,2018-05-14,active,,2023-04-01",
            "cara@example.com,Cara,UTC,Finance,2,2021-09-01,active,,",
            "dan@example.com,Dan,UTC,Finance,4,2017-01-09,active,,",
        ], asOf: "2025-01-31"))
        #expect(try history("ana@example.com", directory, store) == ["2025-01-31 active 2 import"])
        #expect(try history("ben@example.com", directory, store) == ["2023-04-01 active 3 last_promotion_date"])

        let february = try directory.apply(plan([
            "ana@example.com,Ana,UTC,Sales,3,2020-02-03,active,,",
            "ben@example.com,Ben,UTC,Sales,4,2018-05-14,active,,2025-02-10",
            "cara@example.com,Cara,UTC,Finance,2,2021-09-01,active,2025-02-14,",
            "eve@example.com,Eve,UTC,Finance,1,2025-02-17,active,,",
        ], asOf: "2025-02-28"))
        #expect(february.departed == 1, "dan is missing from the full sync")
        #expect(try history("ana@example.com", directory, store) == ["2025-01-31 active 2 import", "2025-02-28 active 3 import"])
        #expect(try history("ben@example.com", directory, store) == ["2023-04-01 active 3 last_promotion_date", "2025-02-10 active 4 last_promotion_date"])
        #expect(try history("cara@example.com", directory, store) == ["2025-01-31 active 2 import", "2025-02-14 left 2 termination_date"])
        #expect(try directory.person(email: "cara@example.com")?.status == .left, "the termination date made her left")
        #expect(try history("dan@example.com", directory, store) == ["2025-01-31 active 4 import", "2025-02-28 left 4 full_sync"])
        #expect(try history("eve@example.com", directory, store) == ["2025-02-28 active 1 import"])

        // March: the same file again changes nothing; Cara comes back.
        _ = try directory.apply(plan([
            "ana@example.com,Ana,UTC,Sales,3,2020-02-03,active,,",
            "ben@example.com,Ben,UTC,Sales,4,2018-05-14,active,,2025-02-10",
            "cara@example.com,Cara,UTC,Finance,2,2025-03-10,active,2025-02-14,",
            "eve@example.com,Eve,UTC,Finance,1,2025-02-17,active,,",
        ], asOf: "2025-03-31"))
        #expect(try history("ana@example.com", directory, store).count == 2)
        #expect(try history("ben@example.com", directory, store).count == 2)
        #expect(try history("cara@example.com", directory, store).last == "2025-03-10 active 2 hire_date")
        #expect(try history("dan@example.com", directory, store).count == 2, "already left: a full sync records no second departure")
        #expect(try store.latestImportDate() == Self.day("2025-03-31"))
    }

    @Test func aBackdatedTerminationReplacesWhatLaterImportsRecorded() throws {
        let (_, directory, store) = try open()
        _ = try directory.apply(plan(["ana@example.com,Ana,UTC,Sales,2,,active,,"], asOf: "2025-01-31"))
        _ = try directory.apply(plan(["ana@example.com,Ana,UTC,Sales,3,,active,,"], asOf: "2025-02-28"))
        _ = try directory.apply(plan(["ana@example.com,Ana,UTC,Sales,3,,left,2025-02-20,"], asOf: "2025-03-31"))
        #expect(try history("ana@example.com", directory, store) == ["2025-01-31 active 2 import", "2025-02-20 left 3 termination_date"])
    }

    @Test func aPreviewWritesNoHistoryAndPersonHistoriesCarryFirstStarts() throws {
        let (database, directory, store) = try open()
        _ = try directory.preview(plan(["ana@example.com,Ana,UTC,Sales,2,,active,,"], asOf: "2025-01-31"))
        #expect(try store.personHistories().isEmpty)
        #expect(try store.latestImportDate() == nil)
        _ = try directory.apply(plan([
            "ana@example.com,Ana,UTC,Sales,2,,active,,", "ben@example.com,Ben,UTC,Sales,4,,active,,",
        ], asOf: "2025-01-31"))
        let ana = try #require(try directory.person(email: "ana@example.com")), ben = try #require(try directory.person(email: "ben@example.com"))
        let pairings = SQLitePairingStore(database: database)
        for (start, mentee) in [("2025-03-01T23:30:00Z", ana.id), ("2025-02-10T08:00:00Z", ana.id), ("2025-04-01T00:00:00Z", ben.id)] {
            let at = try #require(ISO8601DateFormatter().date(from: start))
            _ = try pairings.insertPairing(Pairing(
                program: "mentoring", mentor: mentee == ana.id ? ben.id : ana.id, mentee: mentee, source: .request, score: 1, reasons: [],
                startedAt: at, plannedEnd: at + 86_400 * 90
            ))
        }
        let histories = try store.personHistories()
        #expect(histories.map(\.id) == [ana.id, ben.id])
        #expect(histories[0].firstMenteeStart == Self.day("2025-02-10"))
        #expect(histories[0].firstMentorStart == Self.day("2025-04-01"))
        #expect(histories[1].firstMentorStart == Self.day("2025-02-10"))
        #expect(histories[1].firstMenteeStart == Self.day("2025-04-01"))
        #expect(histories[0].function == "Sales")
    }

    @Test func migration20StartsEveryoneButTombstonesFromTheirRowsLastChange() throws {
        let (database, directory, _) = try open(migrations: Array(SchemaMigrations.all.prefix(19)))
        try database.write { connection in
            for (email, level, status, updated) in [
                ("ana@example.com", 3, "active", 1_700_000_000), ("ben@example.com", 2, "left", 1_710_000_000),
                ("forgotten+9@mentord.invalid", 2, "left", 1_720_000_000),
            ] {
                try connection.execute("""
                    INSERT INTO people (email, display_name, time_zone, career_level, status, created_at, updated_at)
                    VALUES (?, 'Someone', 'UTC', ?, ?, 0, ?)
                    """, .text(email), .integer(Int64(level)), .text(status), .integer(Int64(updated)))
            }
        }
        #expect(try Migrator().migrate(database).map(\.version).first == 20)
        let store = SQLitePersonHistoryStore(database: database)
        let ana = try #require(try directory.person(email: "ana@example.com"))
        #expect(try store.employmentHistory(of: ana.id) == [
            EmploymentState(effectiveOn: Self.day("2023-11-14"), status: .active, careerStage: CareerStage(level: 3)!, source: .migration),
        ])
        #expect(try store.personHistories().count == 2, "the tombstone has no history")
    }
}
