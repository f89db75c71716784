/// A message the bot sends on its own (not as the direct answer to a request), delivered through the outbox.
public struct OutgoingMessage: Sendable, Equatable, Codable {
    /// Where the message goes.
    public enum Destination: Sendable, Equatable, Codable {
        /// A channel, room or existing DM, by the platform's id.
        case conversation(String)
        /// A direct message to this account; the platform opens the DM if needed.
        case directMessage(ChatIdentity)
        /// A one-shot reply URL the platform gave with the request (Slack `response_url`, Discord follow-ups).
        case replyURL(String)
        /// A direct message to the account the platform has for this email (Slack's `users.lookupByEmail`), for
        /// someone who has never written to mentord there.
        case emailAddress(String)
        /// The account's home view, replaced whole (Slack's App Home tab).
        case homeTab(ChatIdentity)
    }

    public var platform: String
    public var workspace: String
    public var destination: Destination
    public var reply: Reply

    public init(platform: String, workspace: String, destination: Destination, reply: Reply) {
        self.platform = platform
        self.workspace = workspace
        self.destination = destination
        self.reply = reply
    }
}

/// A platform workspace where mentord can find a person by their email, for someone with no chat account it can reach.
public struct EmailReach: Sendable, Equatable {
    public var platform: String
    public var workspace: String

    public init(platform: String, workspace: String) {
        self.platform = platform
        self.workspace = workspace
    }
}

/// Queues messages durably. Call it inside the same store transaction as the change that caused the message.
public protocol Outbox: Sendable {
    /// Stores the message for delivery and returns its outbox id.
    @discardableResult
    func enqueue(_ message: OutgoingMessage) throws -> Int64
}
