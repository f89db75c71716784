import Foundation

/// Sends a message to a person wherever they use mentord: a DM on their linked platform through the outbox, or held
/// until they next talk to mentord when they have no linked account (the console).
public protocol PersonMessenger: Sendable {
    func send(_ reply: Reply, to person: PersonID) throws
    /// Messages held for `person`, oldest first, removed as they are returned.
    func takeHeld(for person: PersonID) throws -> [Reply]
    /// Posts to a channel through the outbox.
    func post(_ reply: Reply, to channel: Channel) throws
    /// Everyone with messages held because mentord could not reach them, those waiting longest first.
    func unreachable() throws -> [UnreachablePerson]
    /// Whether mentord sends email here (an SMTP relay is set).
    var sendsEmail: Bool { get }
    /// Sends `reply` by email to `address` itself, whoever it belongs to (a self-service link code); nothing when
    /// email is off.
    func email(_ reply: Reply, to address: String) throws
}

/// Someone mentord could not reach: the messages waiting for them until they next use mentord, and why.
public struct UnreachablePerson: Sendable, Equatable {
    public var person: PersonID
    /// Messages waiting.
    public var waiting: Int
    /// When the oldest of them was written.
    public var since: Date
    /// The last platform's refusal ("slack: …"); empty when they have no chat account mentord can write to.
    public var reason: String

    public init(person: PersonID, waiting: Int, since: Date, reason: String) {
        self.person = person
        self.waiting = waiting
        self.since = since
        self.reason = reason
    }
}
