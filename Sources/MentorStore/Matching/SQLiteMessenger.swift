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
        // A few reads, then one insert (the outbox or held messages): no savepoint needed.
        try database.write { connection in
            if let first = try routes(to: person, on: connection).first {
                try outbox.enqueue(OutgoingMessage(platform: first.platform, workspace: first.workspace, destination: first.destination, reply: reply))
            } else {
                try hold(reply, for: person, reason: "", on: connection)
            }
        }
    }

    /// After `message` became a dead letter: the same message on the person's next way to be reached (an older linked
    /// account, then their email), queued and returned; with none left, the message is held for them with `reason`,
    /// and nil is returned. Nil, and nothing done, for a message that was not to one person (a channel post, a reply
    /// URL) or to someone mentord does not know.
    @discardableResult
    public func reroute(_ message: OutgoingMessage, failedBecause reason: String) throws -> OutgoingMessage? {
        try database.transaction { connection in
            let person: PersonID?
            switch message.destination {
            case .directMessage(let identity):
                person = try connection.queryFirst(
                    "SELECT person_id FROM chat_identities WHERE platform = ? AND workspace = ? AND user_id = ?",
                    .text(identity.platform), .text(identity.workspace), .text(identity.userID)) { PersonID($0.int64(0)) }
            case .emailAddress(let email):
                person = try connection.queryFirst("SELECT id FROM people WHERE email = ?", .text(email)) { PersonID($0.int64(0)) }
            case .conversation, .replyURL, .homeTab:
                person = nil
            }
            guard let person else { return nil }
            let routes = try routes(to: person, on: connection)
            let failed = routes.firstIndex { $0.platform == message.platform && $0.destination == message.destination }
            guard let failed, failed + 1 < routes.count else {
                try hold(message.reply, for: person, reason: "\(message.platform): \(reason)", on: connection)
                return nil
            }
            let next = routes[failed + 1]
            let rerouted = OutgoingMessage(platform: next.platform, workspace: next.workspace, destination: next.destination, reply: message.reply)
            try outbox.enqueue(rerouted)
            return rerouted
        }
    }

    /// The ways to reach `person`, best first: their linked accounts that can carry a message mentord starts, newest
    /// first, then their email on each platform of ``emailReach`` (only while they are active); email first for
    /// someone who chose it. Email itself (`email`) is left out once they unsubscribed.
    private func routes(to person: PersonID, on connection: SQLiteConnection) throws -> [(platform: String, workspace: String, destination: OutgoingMessage.Destination)] {
        // One read of what decides the order: their address, whether they are active, their chosen channel, and
        // whether they unsubscribed from email.
        let facts = try connection.queryFirst("""
            SELECT p.email, p.status = 'active', f.channel, EXISTS (SELECT 1 FROM email_off AS o WHERE o.email = p.email)
            FROM people AS p LEFT JOIN profiles AS f ON f.person_id = p.id WHERE p.id = ?
            """, .integer(person.rawValue)) { (email: $0.string(0), active: $0.int(1) == 1, channel: $0.optionalString(2), unsubscribed: $0.int(3) == 1) }
        let unreachable = Set([consolePlatform] + replyOnlyPlatforms + (facts?.unsubscribed == true ? [Self.emailPlatform] : []))
        let identities = try connection.query("""
            SELECT platform, workspace, user_id FROM chat_identities WHERE person_id = ? ORDER BY linked_at DESC
            """, .integer(person.rawValue)) { ChatIdentity(platform: $0.string(0), workspace: $0.string(1), userID: $0.string(2)) }
            .filter { !unreachable.contains($0.platform) }
        let linked = identities.map { (platform: $0.platform, workspace: $0.workspace, destination: OutgoingMessage.Destination.directMessage($0)) }
        guard !emailReach.isEmpty, let facts, facts.active else { return linked }
        let reaches = emailReach.filter { reach in
            // An email account linked from a letter's page is in `linked` already.
            !unreachable.contains(reach.platform) && (reach.platform != Self.emailPlatform || !linked.contains { $0.platform == Self.emailPlatform })
        }
        let routes = linked + reaches.map { (platform: $0.platform, workspace: $0.workspace, destination: OutgoingMessage.Destination.emailAddress(facts.email)) }
        // Someone who chose email (`profile set channel email`) gets it there first, their chat accounts after.
        guard facts.channel == ContactChannel.email.rawValue else { return routes }
        return routes.filter { $0.platform == Self.emailPlatform } + routes.filter { $0.platform != Self.emailPlatform }
    }

    /// Email's platform name, whose letters stop when the person unsubscribes.
    static let emailPlatform = "email"

    private func hold(_ reply: Reply, for person: PersonID, reason: String, on connection: SQLiteConnection) throws {
        try connection.execute(
            "INSERT INTO held_messages (person_id, reply, created_at, reason) VALUES (?, ?, ?, ?)", .integer(person.rawValue),
            .text(reply.encodedJSON()), .integer(clock.now.seconds), .text(reason))
    }

    public var sendsEmail: Bool { emailReach.contains { $0.platform == Self.emailPlatform } }

    public func email(_ reply: Reply, to address: String) throws {
        guard let email = emailReach.first(where: { $0.platform == Self.emailPlatform }) else { return }
        try outbox.enqueue(OutgoingMessage(platform: email.platform, workspace: email.workspace, destination: .emailAddress(address), reply: reply))
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
