import Foundation

/// What matching rounds carry from one to the next: managers' nominations, and how long each person has waited.
/// MentorStore implements it.
public protocol RoundStore: Sendable {
    /// Saves a nomination for the program's next round.
    func nominate(_ nomination: Nomination) throws
    /// Nominations not yet used by a committed round, oldest first.
    func openNominations(program: String) throws -> [Nomination]
    /// Rounds each person was left unmatched in since they were last matched.
    func unmatchedRounds(program: String) throws -> [PersonID: Int]
    /// Records a committed round: resets the count for `matched`, adds one for `unmatched`, closes their nominations.
    func recordRound(program: String, matched: [PersonID], unmatched: [PersonID], at date: Date) throws
    /// When the program's last committed round ran, if it ever did.
    func lastRound(program: String) throws -> Date?
}
