import Foundation
import MentorCore

/// Nominations and unmatched-round standing on SQLite. Writes join the caller's transaction.
public struct SQLiteRoundStore: RoundStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func nominate(_ nomination: Nomination) throws {
        try database.write { connection in
            _ = try connection.execute("""
                INSERT INTO nominations (person_id, program, nominated_by, reason, created_at) VALUES (?, ?, ?, ?, ?)
                """, .integer(nomination.person.rawValue), .text(nomination.program), .integer(nomination.nominatedBy.rawValue),
                .text(nomination.reason), .integer(nomination.createdAt.seconds))
        }
    }

    public func openNominations(program: String) throws -> [Nomination] {
        try database.read { connection in
            try connection.query(
                "SELECT person_id, program, nominated_by, reason, created_at FROM nominations WHERE program = ? AND used_at IS NULL ORDER BY id",
                .text(program)
            ) {
                Nomination(
                    person: PersonID($0.int64(0)), program: $0.string(1), nominatedBy: PersonID($0.int64(2)), reason: $0.string(3),
                    createdAt: $0.date(4))
            }
        }
    }

    public func unmatchedRounds(program: String) throws -> [PersonID: Int] {
        let rows = try database.read { connection in
            try connection.query("SELECT person_id, unmatched_rounds FROM round_standing WHERE program = ?", .text(program)) {
                (PersonID($0.int64(0)), $0.int(1))
            }
        }
        return Dictionary(rows, uniquingKeysWith: max)
    }

    public func recordRound(program: String, matched: [PersonID], unmatched: [PersonID], at date: Date) throws {
        try database.transaction { connection in
            for person in matched {
                _ = try connection.execute(
                    "DELETE FROM round_standing WHERE program = ? AND person_id = ?", .text(program), .integer(person.rawValue))
            }
            for person in unmatched {
                _ = try connection.execute("""
                    INSERT INTO round_standing (program, person_id, unmatched_rounds) VALUES (?, ?, 1)
                    ON CONFLICT (program, person_id) DO UPDATE SET unmatched_rounds = unmatched_rounds + 1
                    """, .text(program), .integer(person.rawValue))
            }
            _ = try connection.execute(
                "INSERT INTO match_rounds (program, committed_at, matched, unmatched) VALUES (?, ?, ?, ?)", .text(program),
                .integer(date.seconds), .integer(Int64(matched.count)), .integer(Int64(unmatched.count)))
            for person in matched + unmatched {
                _ = try connection.execute(
                    "UPDATE nominations SET used_at = ? WHERE program = ? AND person_id = ? AND used_at IS NULL", .integer(date.seconds),
                    .text(program), .integer(person.rawValue))
            }
        }
    }

    public func lastRound(program: String) throws -> Date? {
        try database.read { connection in
            try connection.queryFirst("SELECT MAX(committed_at) FROM match_rounds WHERE program = ?", .text(program)) { $0.optionalDate(0) } ?? nil
        }
    }
}
