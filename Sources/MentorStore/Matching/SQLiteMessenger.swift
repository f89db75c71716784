import Foundation
import MentorCore

/// Reaches a person on the chat account they used most recently (a DM through the outbox); with none, through a
/// platform that can find them by email (``emailReach``, e.g. Slack's `users.lookupByEmail`); else holds the message
/// until they next talk to mentord. Joins the caller's transaction.
public struct SQLiteMessenger: PersonMessenger {
    let database: Database
    let outbox: SQLiteOutbox
    let clock: any Clock
    /// The local console's platform name: an account there is no way to reach someone later.
    let consolePlatform: String
    /// Platforms where mentord can only answer what it is sent (Discord's interaction webhooks, Teams' outgoing
    /// webhook): like the console, an account there cannot carry a message mentord starts, so it is held instead.
    let replyOnlyPlatforms: [String]
    /// Where someone with no reachable account is looked for by their email, first first.
    let emailReach: [EmailReach]

    public init(
        database: Database, outbox: SQLiteOutbox, clock: any Clock, consolePlatform: String, replyOnlyPlatforms: [String] = [],
        emailReach: [EmailReach] = []
    ) {
        self.database = database
        self.outbox = outbox
        self.clock = clock
        self.consolePlatform = consolePlatform
        self.replyOnlyPlatforms = replyOnlyPlatforms
        self.emailReach = emailReach
    }

    public func send(_ reply: Reply, to person: PersonID) throws {
        // One read, then one insert (the outbox or held messages): no savepoint needed.
        try database.write { connection in
            // A person has a handful of accounts: read them newest first and take the first that can carry a message.
            let unreachable = Set([consolePlatform] + replyOnlyPlatforms)
            let identity = try connection.query("""
                SELECT platform, workspace, user_id FROM chat_identities WHERE person_id = ? ORDER BY linked_at DESC
                """, .integer(person.rawValue)) { ChatIdentity(platform: $0.string(0), workspace: $0.string(1), userID: $0.string(2)) }
                .first { !unreachable.contains($0.platform) }
            if let identity {
                try outbox.enqueue(OutgoingMessage(
                    platform: identity.platform, workspace: identity.workspace, destination: .directMessage(identity), reply: reply))
            } else if let reach = emailReach.first, let email = try connection.queryFirst(
                "SELECT email FROM people WHERE id = ? AND status = 'active'", .integer(person.rawValue)) { $0.string(0) }
            {
                try outbox.enqueue(OutgoingMessage(platform: reach.platform, workspace: reach.workspace, destination: .emailAddress(email), reply: reply))
            } else {
                let payload = reply.encodedJSON()
                try connection.execute(
                    "INSERT INTO held_messages (person_id, reply, created_at) VALUES (?, ?, ?)", .integer(person.rawValue), .text(payload),
                    .integer(clock.now.seconds))
            }
        }
    }

    public func post(_ reply: Reply, to channel: Channel) throws {
        try outbox.enqueue(OutgoingMessage(platform: channel.platform, workspace: channel.workspace, destination: .conversation(channel.id), reply: reply))
    }

    public func takeHeld(for person: PersonID) throws -> [Reply] {
        // Nearly everyone has nothing held; asking first keeps every incoming message off the write lock.
        let anything = try database.read { connection in
            try connection.queryFirst("SELECT 1 FROM held_messages WHERE person_id = ? LIMIT 1", .integer(person.rawValue)) { $0.int(0) }
        }
        guard anything != nil else { return [] }
        return try database.transaction { connection in
            let rows = try connection.query(
                "SELECT reply FROM held_messages WHERE person_id = ? ORDER BY id", .integer(person.rawValue)
            ) { try $0.decoded(Reply.self, 0) }
            if !rows.isEmpty { _ = try connection.execute("DELETE FROM held_messages WHERE person_id = ?", .integer(person.rawValue)) }
            return rows
        }
    }
}
