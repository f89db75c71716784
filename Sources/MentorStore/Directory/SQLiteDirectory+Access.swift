import Foundation
import MentorCore

extension SQLiteDirectory {
    public func setRole(_ role: Role, granted: Bool, for person: PersonID, at date: Date) throws -> Bool {
        try database.write { connection in
            let changed = granted
                ? try connection.execute(
                    "INSERT OR IGNORE INTO person_roles (person_id, role, granted_at) VALUES (?, ?, ?)",
                    .integer(person.rawValue), .text(role.rawValue), .integer(date.seconds))
                : try connection.execute(
                    "DELETE FROM person_roles WHERE person_id = ? AND role = ?", .integer(person.rawValue), .text(role.rawValue))
            return changed > 0
        }
    }

    public func link(_ identity: ChatIdentity, to person: PersonID, at date: Date) throws {
        try database.write { connection in
            try connection.execute("""
                INSERT OR REPLACE INTO chat_identities (platform, workspace, user_id, person_id, linked_at)
                VALUES (?, ?, ?, ?, ?)
                """, .text(identity.platform), .text(identity.workspace), .text(identity.userID), .integer(person.rawValue),
                .integer(Int64(date.timeIntervalSince1970)))
        }
    }

    public func saveLinkCode(_ code: String, for person: PersonID, expiresAt: Date) throws {
        try database.write { connection in
            _ = try connection.execute(
                "INSERT INTO link_codes (code, person_id, expires_at) VALUES (?, ?, ?)", .text(code), .integer(person.rawValue),
                .integer(expiresAt.seconds))
        }
    }

    public func redeemLinkCode(_ code: String, at date: Date) throws -> PersonID? {
        try database.transaction { connection in
            let found = try connection.queryFirst(
                "SELECT person_id, expires_at FROM link_codes WHERE code = ?", .text(code)
            ) { (PersonID($0.int64(0)), $0.int64(1)) }
            try connection.execute(
                "DELETE FROM link_codes WHERE code = ? OR expires_at <= ?", .text(code), .integer(Int64(date.timeIntervalSince1970)))
            guard let (person, expiresAt) = found, expiresAt > Int64(date.timeIntervalSince1970) else { return nil }
            return person
        }
    }

    public func recordLinkRequest(_ keys: [String], at date: Date) throws {
        try database.transaction { connection in
            _ = try connection.execute("DELETE FROM link_requests WHERE at < ?", .integer(date.seconds - 86_400))
            for key in keys { _ = try connection.execute("INSERT INTO link_requests (key, at) VALUES (?, ?)", .text(key), .integer(date.seconds)) }
        }
    }

    public func linkRequests(_ key: String, since date: Date) throws -> Int {
        try database.read { connection in
            try connection.queryFirst("SELECT COUNT(*) FROM link_requests WHERE key = ? AND at >= ?", .text(key), .integer(date.seconds)) { $0.int(0) } ?? 0
        }
    }

    public func managers() throws -> [PersonID: PersonID] {
        let rows = try database.read { connection in
            try connection.query("SELECT id, manager_id FROM people WHERE manager_id IS NOT NULL") {
                (PersonID($0.int64(0)), PersonID($0.int64(1)))
            }
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }
}
