import Foundation
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// The outcome figures of a 100,000-person organisation with 20,000 pairings: one ordered read and one pass, in
/// seconds even in a debug build (the dashboard's benchmark size).
@Suite struct OutcomesScaleTests {
    let folder = TemporaryDirectory()

    @Test func outcomesFor100kPeopleAnd20kPairingsTakeSeconds() throws {
        let database = try Database(path: folder.file("scale.sqlite"))
        try Migrator().migrate(database)
        var random = SeededGenerator(seed: 100)
        let functions = ["Engineering", "Sales", "Finance", "Product", "Legal", "Operations"]
        try database.write { connection in
            for id in 1...100_000 {
                let level = Int.random(in: 1...5, using: &random)
                try connection.execute("""
                    INSERT INTO people (id, email, display_name, time_zone, function, site, career_level, created_at, updated_at)
                    VALUES (?, ?, 'P', 'UTC', ?, ?, ?, 0, 0)
                    """, .integer(Int64(id)), .text("p\(id)@example.com"), .text(functions[id % functions.count]), .text("site\(id % 12)"),
                    .integer(Int64(level)))
                try connection.execute("""
                    INSERT INTO person_history (person_id, effective_on, status, career_level, source, recorded_at)
                    VALUES (?, '2023-01-31', 'active', ?, 'import', 0)
                    """, .integer(Int64(id)), .integer(Int64(level)))
                let roll = Int.random(in: 0..<10, using: &random)
                if roll < 2, level < 5 {
                    try connection.execute("""
                        INSERT INTO person_history (person_id, effective_on, status, career_level, source, recorded_at)
                        VALUES (?, ?, 'active', ?, 'last_promotion_date', 0)
                        """, .integer(Int64(id)), .text("2023-\(String(format: "%02d", Int.random(in: 2...12, using: &random)))-15"), .integer(Int64(level + 1)))
                } else if roll == 2 {
                    try connection.execute("""
                        INSERT INTO person_history (person_id, effective_on, status, career_level, source, recorded_at)
                        VALUES (?, ?, 'left', ?, 'termination_date', 0)
                        """, .integer(Int64(id)), .text("2024-\(String(format: "%02d", Int.random(in: 1...12, using: &random)))-10"), .integer(Int64(level)))
                }
            }
            for _ in 0..<20_000 {
                let started = 1_675_209_600 + Int64.random(in: 0..<(330 * 86_400), using: &random)
                try connection.execute("""
                    INSERT INTO pairings (program, mentor_id, mentee_id, status, source, score, reasons, started_at, planned_end)
                    VALUES ('mentoring', ?, ?, 'active', 'round', 1, '[]', ?, ?)
                    """, .integer(Int64.random(in: 1...100_000, using: &random)), .integer(Int64.random(in: 1...100_000, using: &random)),
                    .integer(started), .integer(started + 180 * 86_400))
            }
        }
        let started = Date()
        let histories = try SQLitePersonHistoryStore(database: database).personHistories()
        let read = Date().timeIntervalSince(started)
        let report = OutcomeMeasurement(
            window: CalendarDate(iso: "2023-02-01")!...CalendarDate(iso: "2023-12-31")!, asOf: CalendarDate(iso: "2024-12-31")!, dimension: .function
        ).report(histories)
        let total = Date().timeIntervalSince(started)
        print("outcomes at scale: read \(String(format: "%.2f", read)) s, read and measured \(String(format: "%.2f", total)) s, \(report.total)")
        #expect(histories.count == 100_000)
        #expect(report.total.mentees.people > 15_000 && report.total.menteeComparables.people > 50_000)
        #expect(report.groups.count == functions.count)
        #expect(total < 20, "read and measured in \(total) s")
    }
}
