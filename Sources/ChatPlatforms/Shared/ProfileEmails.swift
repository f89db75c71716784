import Foundation
import MentorCore
import Synchronization

/// The email on a chat account's profile, asked of the platform's API (Slack's `users.info`, Mattermost's
/// `GET /users/{id}`), so someone who writes to mentord for the first time is linked with no code.
///
/// Answers are kept for ``memory`` seconds (at most ``capacity`` of them), so someone whose email is not in the
/// directory does not cost an API call on every message. A failed call is not kept: the next message asks again.
public final class ProfileEmails: Sendable {
    /// What the platform said about one account.
    public enum Answer: Sendable {
        /// The account's confirmed email; nil for a bot, a deactivated account or a profile without one.
        case email(String?)
        /// The API could not be asked, with why (for the log).
        case failed(String)
    }

    /// Seconds an answer is kept.
    static let memory: TimeInterval = 600
    /// Answers kept at most; the oldest goes first.
    static let capacity = 1_000

    let clock: any Clock
    let ask: @Sendable (ChatIdentity) -> Answer
    /// Says why a lookup failed (a missing scope, an unreachable API), for the log.
    let warn: @Sendable (String) -> Void
    private let answers = Mutex<[ChatIdentity: (email: String?, at: Date)]>([:])

    public init(clock: any Clock, warn: @escaping @Sendable (String) -> Void, ask: @escaping @Sendable (ChatIdentity) -> Answer) {
        self.clock = clock
        self.warn = warn
        self.ask = ask
    }

    /// The email on `identity`'s profile, lowercased; nil when there is none or the platform cannot be asked now.
    public func email(of identity: ChatIdentity) -> String? {
        let now = clock.now
        if let kept = answers.withLock({ $0[identity] }), now.timeIntervalSince(kept.at) < Self.memory { return kept.email }
        switch ask(identity) {
        case .failed(let why):
            warn(why)
            return nil
        case .email(let found):
            let email = found.flatMap { $0.isEmpty ? nil : $0.lowercased() }
            answers.withLock { kept in
                if kept.count >= Self.capacity, let oldest = kept.min(by: { $0.value.at < $1.value.at })?.key { kept[oldest] = nil }
                kept[identity] = (email, now)
            }
            return email
        }
    }

    /// `delivery`, able to ask for its sender's profile email (``Delivery/lookUpSenderEmail``).
    public func introducing(_ delivery: Delivery) -> Delivery {
        var delivery = delivery
        let sender = delivery.incoming.sender
        delivery.lookUpSenderEmail = { [self] in email(of: sender) }
        return delivery
    }
}
