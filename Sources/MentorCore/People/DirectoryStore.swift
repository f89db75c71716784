import Foundation

/// Reads and writes the people directory. MentorStore implements it on SQLite.
public protocol DirectoryStore: Sendable {
    /// The person with this email (case-insensitive), whatever their status.
    func person(email: String) throws -> Person?
    func person(id: PersonID) throws -> Person?
    /// The person linked to a chat account, if linked.
    func person(identity: ChatIdentity) throws -> Person?
    /// Roles granted beyond `member`, which everyone has.
    func roles(of person: PersonID) throws -> Set<Role>
    /// Everyone granted `role`, by id.
    func people(withRole role: Role) throws -> [PersonID]
    func peopleCount() throws -> Int
    /// Applies an applicable import (see ``ImportPlan/isApplicable``) in one transaction: all of it or nothing.
    /// `progress` hears how many records have been written so far, now and then.
    func apply(_ plan: ImportPlan, progress: ImportProgress?) throws -> ImportSummary
    /// What ``apply(_:)`` would change, computed and then rolled back.
    func preview(_ plan: ImportPlan) throws -> ImportSummary
    /// Grants or revokes `role`. Returns whether anything changed.
    func setRole(_ role: Role, granted: Bool, for person: PersonID, at date: Date) throws -> Bool
    /// Links a chat account to a person, replacing any earlier link of that account.
    func link(_ identity: ChatIdentity, to person: PersonID, at date: Date) throws
    /// Stores a one-time link code for `person`, valid until `expiresAt`.
    func saveLinkCode(_ code: String, for person: PersonID, expiresAt: Date) throws
    /// Consumes a link code: the person it was issued for, if it exists and has not expired. Single use.
    func redeemLinkCode(_ code: String, at date: Date) throws -> PersonID?
    /// Records one self-service link request under each of `keys` (the chat account, the email asked for).
    func recordLinkRequest(_ keys: [String], at date: Date) throws
    /// How many link requests were recorded under `key` since `date`.
    func linkRequests(_ key: String, since date: Date) throws -> Int
    /// Everyone's manager, for the management-chain rule.
    func managers() throws -> [PersonID: PersonID]
    /// Everyone's id, email, display name and status, people who left included, for finding people by name
    /// (``PersonReference``).
    func directoryNames() throws -> [DirectoryName]
}

/// Hears how many import records have been written so far.
public typealias ImportProgress = @Sendable (_ written: Int) -> Void

extension DirectoryStore {
    /// Applies an import without progress reports.
    public func apply(_ plan: ImportPlan) throws -> ImportSummary {
        try apply(plan, progress: nil)
    }
}
