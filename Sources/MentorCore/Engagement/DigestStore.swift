import Foundation

/// Who chose the daily digest, and the messages held for it. MentorStore implements it.
public protocol DigestStore: Sendable {
    /// Everyone who chose the daily digest.
    func digestPeople() throws -> Set<PersonID>
    func setDigest(_ enabled: Bool, for person: PersonID) throws
    func holdForDigest(_ reply: Reply, for person: PersonID, at date: Date) throws
    /// The messages held for `person`, oldest first, removed as they are returned.
    func takeDigest(for person: PersonID) throws -> [Reply]
}
