import Foundation

/// The answer a platform was given for one inbound delivery, kept so that a second delivery of the same id gets it
/// again instead of running the command twice.
public struct InboxAnswer: Sendable, Equatable {
    /// The HTTP status of the answer (200 for pollers, which answer nothing).
    public var status: Int
    public var contentType: String?
    public var body: [UInt8]

    public init(status: Int, contentType: String?, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}

/// Deliveries already handled, keyed by (platform, delivery id): Slack `event_id`, Discord interaction id, Telegram
/// `update_id` and so on. Record a delivery inside the same transaction as its effects and queued replies, so a
/// delivery is either handled and recorded, or neither.
public protocol Inbox: Sendable {
    /// The answer recorded for this delivery; nil when it is new.
    func answer(platform: String, deliveryID: String) throws -> InboxAnswer?
    /// Marks the delivery as handled, with the answer it was given.
    func record(platform: String, deliveryID: String, answer: InboxAnswer, at date: Date) throws
    /// Forgets deliveries received before `date` (platforms stop retrying within minutes); returns how many.
    @discardableResult
    func prune(before date: Date) throws -> Int
}
