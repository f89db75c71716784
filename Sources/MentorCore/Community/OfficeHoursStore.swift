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
}
