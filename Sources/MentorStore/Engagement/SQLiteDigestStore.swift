import Foundation
import MentorCore

/// Digest choices and held digest items on SQLite. Writes join the caller's transaction.
public struct SQLiteDigestStore: DigestStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func digestPeople() throws -> Set<PersonID> {
        try database.read { connection in Set(try connection.query("SELECT person_id FROM digest_settings") { PersonID($0.int64(0)) }) }
    }

    public func setDigest(_ enabled: Bool, for person: PersonID) throws {
        try database.write { connection in
            if enabled {
                _ = try connection.execute("INSERT OR IGNORE INTO digest_settings (person_id) VALUES (?)", .integer(person.rawValue))
            } else {
                _ = try connection.execute("DELETE FROM digest_settings WHERE person_id = ?", .integer(person.rawValue))
            }
        }
    }

    public func holdForDigest(_ reply: Reply, for person: PersonID, at date: Date) throws {
        let encoded = reply.encodedJSON()
        try database.write { connection in
            _ = try connection.execute(
                "INSERT INTO digest_items (person_id, reply, created_at) VALUES (?, ?, ?)", .integer(person.rawValue), .text(encoded), .integer(date.seconds))
        }
    }

    public func takeDigest(for person: PersonID) throws -> [Reply] {
        try database.transaction { connection in
            let replies = try connection.query("SELECT reply FROM digest_items WHERE person_id = ? ORDER BY id", .integer(person.rawValue)) {
                try $0.decoded(Reply.self, 0)
            }
            _ = try connection.execute("DELETE FROM digest_items WHERE person_id = ?", .integer(person.rawValue))
            return replies
        }
    }
}
