import Foundation
import MentorCore

/// The single-use links in emails, kept as digests of their tokens, and the addresses that unsubscribed.
public struct SQLiteEmailLinks: EmailLinkStore {
    /// Days an action link works; an unsubscribe link works for good.
    public static let actionLifetimeDays = 30

    let database: Database
    let tokenDigest: any TokenDigest
    let clock: any Clock

    public init(database: Database, tokenDigest: any TokenDigest, clock: any Clock) {
        self.database = database
        self.tokenDigest = tokenDigest
        self.clock = clock
    }

    public func issue(_ purpose: EmailLink.Purpose, for email: String) throws -> String {
        let token = RandomToken.hex(bytes: 20)
        let now = clock.now
        let (kind, action): (String, ReplyAction?) = switch purpose {
        case .action(let action): ("action", action)
        case .unsubscribe: ("unsubscribe", nil)
        }
        // An unsubscribe link must work for as long as the letter is kept: a hundred years.
        let expires = now + Double(kind == "action" ? Self.actionLifetimeDays : 36_500) * 86_400
        try database.write { connection in
            _ = try connection.execute("""
                INSERT INTO email_links (digest, email, kind, action_id, action_value, label, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, .text(tokenDigest.digest(token)), .text(email.lowercased()), .text(kind), .text(action?.id ?? ""),
                .text(action?.value ?? ""), .text(action?.label ?? ""), .integer(now.seconds), .integer(expires.seconds))
        }
        return token
    }

    public func link(token: String) throws -> EmailLink? {
        guard token.count == 40, token.allSatisfy(\.isHexDigit) else { return nil }
        return try database.read { connection in
            try connection.queryFirst("""
                SELECT email, kind, action_id, action_value, label, used_at FROM email_links WHERE digest = ? AND expires_at > ?
                """, .text(tokenDigest.digest(token)), .integer(clock.now.seconds)) { row in
                let purpose: EmailLink.Purpose = row.string(1) == "unsubscribe"
                    ? .unsubscribe
                    : .action(ReplyAction(id: row.string(2), label: row.string(4), value: row.string(3), fallback: ""))
                return EmailLink(email: row.string(0), purpose: purpose, usedAt: row.optionalDate(5))
            }
        }
    }

    public func use(token: String) throws -> Bool {
        try database.write { connection in
            try connection.execute(
                "UPDATE email_links SET used_at = ? WHERE digest = ? AND used_at IS NULL AND kind = 'action'",
                .integer(clock.now.seconds), .text(tokenDigest.digest(token))
            ) > 0
        }
    }

    public func unsubscribe(_ email: String) throws {
        try database.write { connection in
            _ = try connection.execute("INSERT OR IGNORE INTO email_off (email, since) VALUES (?, ?)", .text(email.lowercased()), .integer(clock.now.seconds))
        }
    }

    public func isUnsubscribed(_ email: String) throws -> Bool {
        try database.read { connection in
            try connection.queryFirst("SELECT 1 FROM email_off WHERE email = ?", .text(email.lowercased())) { $0.int(0) } != nil
        }
    }
}
