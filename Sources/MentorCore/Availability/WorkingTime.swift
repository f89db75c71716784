import Foundation

/// When it is polite to message someone: inside their working hours, on a working day that is not a day off,
/// outside quiet hours, in their own zone.
public struct WorkingTime: Sendable {
    public var zone: TimeZone
    public var hours: WorkingHours
    public var quiet: DailyWindow?
    /// Local dates with no working day although the weekday has hours, such as site holidays.
    public var isDayOff: @Sendable (CalendarDate) -> Bool

    public init(zone: TimeZone, hours: WorkingHours, quiet: DailyWindow?, isDayOff: @escaping @Sendable (CalendarDate) -> Bool = { _ in false }) {
        self.zone = zone
        self.hours = hours
        self.quiet = quiet
        self.isDayOff = isDayOff
    }

    /// Someone's working time from their profile (zone from the profile, else the directory).
    public init(person: Person, profile: Profile) {
        self.init(zone: profile.timeZone(for: person), hours: profile.workingHours, quiet: profile.quietHours)
    }

    /// The polite windows of the days around `instant`: each working day's hours minus any quiet hours at the start.
    private func windows(from instant: Date, days: Int) -> [DateInterval] {
        let first = LocalDateTime(instant, in: zone).date.adding(days: -1)
        return (0..<days).compactMap { offset in
            let day = first.adding(days: offset)
            guard !isDayOff(day), let shift = hours.shift(on: day, in: zone) else { return nil }
            var opens = shift.start
            if let quiet, QuietHours.contains(opens, quiet, in: zone) {
                let endsOn = quiet.crossesMidnight && hours.window.start >= quiet.start ? day.adding(days: 1) : day
                opens = LocalDateTime(date: endsOn, minute: quiet.end).instant(in: zone)
            }
            return opens < shift.end ? DateInterval(start: opens, end: shift.end) : nil
        }
    }

    /// The start of the first working day that begins at or after `instant` (the "good morning" moment).
    public func nextDayStart(atOrAfter instant: Date) -> Date {
        windows(from: instant, days: 16).first { $0.start >= instant }?.start ?? instant
    }

    /// `instant` itself when it is polite, otherwise the next moment that is.
    public func nextPolite(atOrAfter instant: Date) -> Date {
        for window in windows(from: instant, days: 16) {
            if window.contains(instant) && !QuietHours.contains(instant, quiet, in: zone) { return instant }
            if window.start >= instant { return window.start }
        }
        return instant
    }
}
