import Foundation

/// Kudos, who opted in to public recognition, and the sessions people hosted. MentorStore implements it.
public protocol RecognitionStore: Sendable {
    func addKudos(from: PersonID, to: PersonID, message: String, at date: Date) throws
    /// Kudos received since `since`, per person.
    func kudosCounts(since: Date) throws -> [PersonID: Int]
    func setRecognitionOptIn(_ optIn: Bool, for person: PersonID) throws
    func recognitionOptIns() throws -> Set<PersonID>
    /// Sessions held by `now`, per host: each office-hours session with at least one sign-up that ended before the
    /// office hours were cancelled, and each circle session hosted that ended and was not cancelled.
    func hostedSessions(heldBy now: Date) throws -> [PersonID: Int]
}
