import Foundation

/// Sends a message to a person wherever they use mentord: a DM on their linked platform through the outbox, or held
/// until they next talk to mentord when they have no linked account (the console).
public protocol PersonMessenger: Sendable {
    func send(_ reply: Reply, to person: PersonID) throws
    /// Messages held for `person`, oldest first, removed as they are returned.
    func takeHeld(for person: PersonID) throws -> [Reply]
    /// Posts to a channel through the outbox.
    func post(_ reply: Reply, to channel: Channel) throws
}
