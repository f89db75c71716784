/// Reads and writes the people directory. MentorStore implements it on SQLite; tests use memory.
public protocol DirectoryStore: Sendable {
    /// The person with this email (case-insensitive), whatever their status.
    func person(email: String) throws -> Person?
    func person(id: PersonID) throws -> Person?
    /// The person linked to a chat account, if linked.
    func person(identity: ChatIdentity) throws -> Person?
    /// Roles granted beyond `member`, which everyone has.
    func roles(of person: PersonID) throws -> Set<Role>
    func peopleCount() throws -> Int
    /// Applies an applicable import (see ``ImportPlan/isApplicable``) in one transaction: all of it or nothing.
    func apply(_ plan: ImportPlan) throws -> ImportSummary
    /// What ``apply(_:)`` would change, computed and then rolled back.
    func preview(_ plan: ImportPlan) throws -> ImportSummary
}
