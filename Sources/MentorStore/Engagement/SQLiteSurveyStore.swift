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

    public func surveyScores() throws -> [Int] {
        try database.read { connection in try connection.query("SELECT score FROM surveys") { $0.int(0) } }
    }
}
