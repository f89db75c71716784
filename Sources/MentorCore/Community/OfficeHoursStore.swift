import Foundation

/// Mentors' weekly office hours and who signed up for each session. MentorStore implements it.
public protocol OfficeHoursStore: Sendable {
    /// Saves new office hours; returns them with their id.
    func insertOfficeHours(_ hours: OfficeHours) throws -> OfficeHours
    func officeHours(id: Int64) throws -> OfficeHours?
    /// All office hours, in the order they were created.
    func allOfficeHours() throws -> [OfficeHours]
    /// Returns false when the person was already signed up.
    func signUp(_ person: PersonID, officeHours: Int64, session: Date, at date: Date) throws -> Bool
    /// Who signed up for one session, in the order they did.
    func signups(officeHours: Int64, session: Date) throws -> [PersonID]
    /// Saves changed office hours (topic, time, length, channel, capacity, cancellation).
    func updateOfficeHours(_ hours: OfficeHours) throws
    /// Removes a sign-up; returns false when there was none.
    func cancelSignUp(_ person: PersonID, officeHours: Int64, session: Date) throws -> Bool
    /// Moves a session's sign-ups, and its meeting, to another start (when the host changes the time).
    func moveSession(officeHours: Int64, from: Date, to: Date) throws
    /// The meeting that carries one session's invite, if anyone has signed up for it.
    func sessionMeeting(officeHours: Int64, session: Date) throws -> Int64?
    /// Links a session to the meeting that carries its invite, replacing an earlier link.
    func setSessionMeeting(_ meeting: Int64, officeHours: Int64, session: Date) throws
}
