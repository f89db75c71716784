import Foundation
import MentorCore

/// Close-out surveys on SQLite. Writes join the caller's transaction.
public struct SQLiteSurveyStore: SurveyStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func saveSurvey(pairing: Int64, person: PersonID, score: Int, comment: String, at date: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT OR REPLACE INTO surveys (pairing_id, person_id, score, comment, answered_at) VALUES (?, ?, ?, ?, ?)", .integer(pairing),
                .integer(person.rawValue), .integer(Int64(score)), .text(comment), .integer(date.seconds))
        }
    }

    private static func survey(_ row: Row) -> Survey {
        Survey(pairing: row.int64(0), person: PersonID(row.int64(1)), score: row.int(2), comment: row.string(3), answeredAt: row.date(4))
    }

    public func survey(pairing: Int64, person: PersonID) throws -> Survey? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT pairing_id, person_id, score, comment, answered_at FROM surveys WHERE pairing_id = ? AND person_id = ?", .integer(pairing),
                .integer(person.rawValue), row: Self.survey)
        }
    }

    /// Answers given once the pairing had ended or its planned end had passed; earlier ones were not close-outs.
    private static let closeOuts: SQL = """
        SELECT s.pairing_id, s.person_id, s.score, s.comment, s.answered_at FROM surveys s JOIN pairings p ON p.id = s.pairing_id
        WHERE ((p.ended_at IS NOT NULL AND p.ended_at <= s.answered_at) OR p.planned_end <= s.answered_at)
        """

    public func surveyScores() throws -> [Int] {
        try database.read { connection in try connection.query(Self.closeOuts, row: Self.survey).map(\.score) }
    }

    public func surveyComments() throws -> [Survey] {
        try database.read { connection in try connection.query(Self.closeOuts + " AND s.comment <> '' ORDER BY s.comment", row: Self.survey) }
    }
}
