import Foundation
import MentorCore

/// Conversation states on SQLite, so an abandoned `join` resumes after a restart.
public struct SQLiteConversations: ConversationStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func state(for person: PersonID) throws -> ConversationState? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT flow, step, updated_at FROM conversations WHERE person_id = ?", .integer(person.rawValue)
            ) { row in
                ConversationState(flow: row.string(0), step: row.int(1), updatedAt: Date(timeIntervalSince1970: row.double(2)))
            }
        }
    }

    public func save(_ state: ConversationState, for person: PersonID) throws {
        try database.write { connection in
            try connection.execute(
                "INSERT OR REPLACE INTO conversations (person_id, flow, step, updated_at) VALUES (?, ?, ?, ?)",
                .integer(person.rawValue), .text(state.flow), .integer(Int64(state.step)),
                .integer(Int64(state.updatedAt.timeIntervalSince1970))
            )
        }
    }

    public func clear(for person: PersonID) throws {
        try database.write { try $0.execute("DELETE FROM conversations WHERE person_id = ?", .integer(person.rawValue)) }
    }
}
