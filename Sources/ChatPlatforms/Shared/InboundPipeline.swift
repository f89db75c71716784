import HTTPTypes
import MentorCore

/// The one inbound pipeline after a platform has verified and decoded a request: dedupe → handle → reply.
///
/// A command's writes, its queued replies, the inbox record of its delivery and (for pollers) the platform's cursor
/// commit together in one transaction.
public protocol InboundPipeline: Sendable {
    /// Answers one webhook delivery: from the inbox when it was seen before, else by handling it, within the delivery's
    /// deadline when it has one.
    func answer(_ delivery: Delivery) -> HTTPResponse

    /// Handles a poller's batch and stores its cursor entries (`key → value` in the platform state) in one transaction.
    func process(_ deliveries: [Delivery], cursor: [String: String]) throws

    /// The prompt `key` in the language of the person behind `incoming`, for a platform's own notes (say, that a
    /// reply was too long for the platform).
    func text(_ key: String, for incoming: Incoming, _ arguments: [String: String]) -> String
}
