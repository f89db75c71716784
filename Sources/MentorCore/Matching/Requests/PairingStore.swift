import Foundation

/// Mentors and mentees working together, and how many mentees each mentor has. MentorStore implements it.
public protocol PairingStore: Sendable {
    /// Saves a new pairing; returns it with its id.
    func insertPairing(_ pairing: Pairing) throws -> Pairing
    /// Pairings in `program` with `status` (nil for any), oldest first.
    func pairings(program: String?, status: Pairing.Status?) throws -> [Pairing]
    /// Pairings `person` is mentor or mentee in, oldest first.
    func pairings(involving person: PersonID) throws -> [Pairing]
    func pairing(id: Int64) throws -> Pairing?
    /// Ends an active pairing; an ended one stays as it was.
    func endPairing(id: Int64, at date: Date) throws
    /// How many mentees each mentor has: active pairings plus pending offers.
    func mentorLoad() throws -> [PersonID: Int]
}
