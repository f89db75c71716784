import Foundation

/// A single-use link of an email: mail has no buttons, so each becomes a link to a page that confirms, then acts (a
/// GET never acts: mail scanners follow links); and the reader's unsubscribe link.
public struct EmailLink: Sendable, Equatable {
    /// What the link does once its page is confirmed.
    public enum Purpose: Sendable, Equatable {
        /// A button of the letter, run as the reader.
        case action(ReplyAction)
        case unsubscribe
    }

    /// The reader's address.
    public var email: String
    public var purpose: Purpose
    /// When it was used; a used action link does nothing again.
    public var usedAt: Date?

    public init(email: String, purpose: Purpose, usedAt: Date? = nil) {
        self.email = email
        self.purpose = purpose
        self.usedAt = usedAt
    }
}

/// Where email links are kept, as digests of their tokens, and who unsubscribed.
public protocol EmailLinkStore: Sendable {
    /// A new token for `purpose` on behalf of `email`; only its digest is kept.
    func issue(_ purpose: EmailLink.Purpose, for email: String) throws -> String
    /// The unexpired link behind `token`; nil for an unknown or expired one.
    func link(token: String) throws -> EmailLink?
    /// Marks the action link behind `token` used; false when it was used already (of two clicks racing, one wins).
    func use(token: String) throws -> Bool
    /// Stops email to `email`; mentord holds their letters instead.
    func unsubscribe(_ email: String) throws
    func isUnsubscribed(_ email: String) throws -> Bool
}
