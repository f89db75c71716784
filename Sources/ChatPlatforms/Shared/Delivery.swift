import Foundation
import HTTPTypes
import MentorCore

/// One verified, decoded message or click from a platform, with how to answer it: what the platform hands to the
/// ``InboundPipeline``.
public struct Delivery: Sendable {
    /// The HTTP answer to the request and any messages that follow it through the outbox.
    public struct Answer: Sendable {
        public var response: HTTPResponse
        public var later: [OutgoingMessage]

        public init(response: HTTPResponse, later: [OutgoingMessage] = []) {
            self.response = response
            self.later = later
        }
    }

    /// A platform that must be answered within a deadline, and can reply again afterwards (Slack `response_url`, a
    /// Discord follow-up): a command still running when `budget` is spent is acknowledged, and its replies follow.
    public struct Deadline: Sendable {
        /// Seconds the command may run before the acknowledgement goes out; a little under the platform's deadline.
        public var budget: TimeInterval
        /// Renders the localized "working on it" text as the platform's immediate answer.
        public var acknowledge: @Sendable (String) -> HTTPResponse
        /// Where the replies go when they come after the acknowledgement.
        public var later: OutgoingMessage.Destination

        public init(
            budget: TimeInterval, later: OutgoingMessage.Destination, acknowledge: @escaping @Sendable (String) -> HTTPResponse
        ) {
            self.budget = budget
            self.acknowledge = acknowledge
            self.later = later
        }
    }

    public var platform: String
    /// The platform's own id for this delivery (Slack `event_id` or `trigger_id`, Discord interaction id, Telegram
    /// `update_id`, …), so a retry is answered from the inbox; nil when the platform gives none.
    public var id: String?
    public var incoming: Incoming
    public var deadline: Deadline?
    /// Turns the command's replies into the platform's answer: the first message in the response, the rest queued
    /// through the platform's later path. Throws when a button reference cannot be kept (nothing is then kept).
    public var answer: @Sendable ([Reply]) throws -> Answer
    /// Whether every reply goes through the outbox (events, clicks, pollers) rather than the response.
    public var isQueued = false
    /// Asks the platform for the email on the sender's profile (Slack's `users.info`), so someone who never linked is
    /// linked on first contact. The pipeline calls it only for a sender with no link, off the HTTP thread.
    public var lookUpSenderEmail: (@Sendable () -> String?)?

    public init(
        platform: String, id: String?, incoming: Incoming, deadline: Deadline? = nil,
        answer: @escaping @Sendable ([Reply]) throws -> Answer
    ) {
        self.platform = platform
        self.id = id
        self.incoming = incoming
        self.deadline = deadline
        self.answer = answer
    }

    /// The inbox id for a request identified by a `trigger_id` (Slack and Mattermost commands and clicks): the token
    /// with a 64-bit FNV-1a digest of the exact body, so only a repeat of the same request counts as the same delivery.
    /// (The token is what is unique; the digest only tells apart different bodies under one token. The body is
    /// signed, so it needs no cryptographic hash, and this one costs nothing on the hot path.)
    public static func id(trigger: String?, body: [UInt8]) -> String? {
        guard let trigger else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in body { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return trigger + ":" + String(hash, radix: 16)
    }

    /// `messages` after the first, each as one outbox message to `destination`: the rest of a synchronous answer.
    public static func followUps(
        _ messages: [[Reply]], platform: String, to incoming: Incoming, at destination: OutgoingMessage.Destination
    ) -> [OutgoingMessage] {
        messages.dropFirst().map {
            OutgoingMessage(platform: platform, workspace: incoming.sender.workspace, destination: destination, reply: Reply(joining: $0))
        }
    }

    /// A delivery whose replies all go through the outbox to `destination`, answered with a bare 200 (Slack events and
    /// buttons, pollers).
    public static func queued(
        platform: String, id: String?, incoming: Incoming, to destination: OutgoingMessage.Destination, deadline: Deadline? = nil
    ) -> Delivery {
        var delivery = Delivery(platform: platform, id: id, incoming: incoming, deadline: deadline) { replies in
            Answer(response: HTTPResponse(status: 200), later: replies.map {
                OutgoingMessage(platform: platform, workspace: incoming.sender.workspace, destination: destination, reply: $0)
            })
        }
        delivery.isQueued = true
        return delivery
    }
}
