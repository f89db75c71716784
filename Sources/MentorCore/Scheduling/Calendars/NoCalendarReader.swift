import Foundation

/// The reader ``MentorServices`` starts with until the composition root sets the real one: it reads nothing and says
/// so, so a build that forgot the wiring shows a problem instead of silently free calendars.
public struct NoCalendarReader: CalendarReader {
    public init() {}

    static let problem = ICSProblem(line: 1, message: "calendar files cannot be read here: this build has no calendar reader")

    public func busy(in feed: String, zone: TimeZone, window: DateInterval) -> CalendarReading<DateInterval> {
        CalendarReading(problems: [Self.problem])
    }

    public func holidays(in feed: String, from first: CalendarDate, through last: CalendarDate) -> CalendarReading<HolidayCalendar.Holiday> {
        CalendarReading(problems: [Self.problem])
    }
}
