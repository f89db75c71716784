import Foundation

/// The dashboard's one-time sign-in links and its sessions. Only digests of link tokens and session ids are kept,
/// so a copy of the database signs nobody in.
public protocol DashboardSessionStore: Sendable {
    /// Keeps a new sign-in link, by its token's digest, for `person` until `expiresAt`.
    func saveLink(_ digest: String, for person: PersonID, createdAt: Date, expiresAt: Date) throws
    /// Whom an unspent link that has not expired at `date` is for, without spending it; nil otherwise.
    func linkHolder(_ digest: String, at date: Date) throws -> PersonID?
    /// Spends the link once: whom it was for, or nil when it was spent, had expired at `date`, or never existed.
    func spendLink(_ digest: String, at date: Date) throws -> PersonID?
    /// Keeps a new session.
    func saveSession(_ session: DashboardSession) throws
    /// The session whose id has this digest, if it has not ended.
    func session(_ digest: String) throws -> DashboardSession?
    /// Marks the session as used at `date`, which restarts its idle timeout.
    func touchSession(_ digest: String, at date: Date) throws
    /// Ends the session; false when there was none.
    @discardableResult
    func endSession(_ digest: String) throws -> Bool
    /// Forgets links that expired and sessions last used before `date`.
    func prune(before date: Date) throws
}

/// A signed-in dashboard session as the store keeps it.
public struct DashboardSession: Sendable, Equatable {
    /// The digest of the session id the browser holds in its cookie.
    public var digest: String
    public var person: PersonID
    /// The token every form that changes something must carry (sign-out), so another site cannot post for the viewer.
    public var formToken: String
    public var createdAt: Date
    public var lastSeenAt: Date

    public init(digest: String, person: PersonID, formToken: String, createdAt: Date, lastSeenAt: Date) {
        self.digest = digest
        self.person = person
        self.formToken = formToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
    }
}
