import Foundation

extension MentorServices {
    /// When it is polite to message `person`, with their site's and country's holidays as days off: check-ins,
    /// nudges, journeys, goal reminders and digests wait for the next real working day.
    public func workingTime(of person: Person, profile: Profile) -> WorkingTime {
        let holidays = holidays
        let base = WorkingTime(person: person, profile: profile)
        return WorkingTime(zone: base.zone, hours: base.hours, quiet: base.quiet) { holidays.isHoliday($0, for: person) }
    }
}
