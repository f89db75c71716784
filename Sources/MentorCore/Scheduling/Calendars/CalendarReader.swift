import Foundation

/// Reads published calendars (RFC 5545 iCalendar text): the busy time in a window, and holidays.
///
/// Core declares it; the composition root gives ``MentorServices/calendars`` the libical reader from `Calendars`.
///
/// ```swift
/// let reading = services.calendars.busy(in: feed, zone: berlin, window: nextTwoWeeks)
/// reading.items      // busy intervals in the window, sorted and merged
/// reading.problems   // what could not be read, by line; the rest is still used
/// ```
public protocol CalendarReader: Sendable {
    /// The busy time of `feed` inside `window`, clipped to it: floating times and all-day dates are read in `zone`,
    /// and cancelled and free (TRANSP:TRANSPARENT) events are left out.
    func busy(in feed: String, zone: TimeZone, window: DateInterval) -> CalendarReading<DateInterval>

    /// The dates from `first` through `last` that `feed`'s all-day events cover, each with the event's SUMMARY.
    /// Cancelled events are left out; free ones count, because holiday files mark their days free.
    func holidays(in feed: String, from first: CalendarDate, through last: CalendarDate) -> CalendarReading<HolidayCalendar.Holiday>
}

/// What reading a calendar gave: the items, how many events the file had, and what could not be read.
public struct CalendarReading<Item: Sendable>: Sendable {
    public var items: [Item]
    /// Every VEVENT in the file, readable or not.
    public var events: Int
    /// How many events had something that could not be read (one event may have several problems).
    public var unreadableEvents: Int
    public var problems: [ICSProblem]

    public init(items: [Item] = [], events: Int = 0, unreadableEvents: Int = 0, problems: [ICSProblem] = []) {
        self.items = items
        self.events = events
        self.unreadableEvents = unreadableEvents
        self.problems = problems
    }
}

/// Something wrong in a calendar feed, with its line: the same shape as a bad row in an import.
public typealias ICSProblem = ImportProblem
