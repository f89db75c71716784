import Foundation

extension WorkingHours {
    /// Whether `instant` falls inside these hours for someone in `zone`.
    public func isWorking(at instant: Date, in zone: TimeZone) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: instant)
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        guard let today = Weekday(rawValue: parts.weekday ?? 1) else { return false }
        if window.crossesMidnight && minute < window.end {
            // Early morning belongs to the shift that started the day before.
            let yesterday = Weekday(rawValue: (today.rawValue + 5) % 7 + 1) ?? today
            return days.contains(yesterday)
        }
        return days.contains(today) && window.contains(minute: minute)
    }

    /// The working hours that begin on local `day` in `zone`, from opening to closing (past midnight for a night
    /// shift); nil on a day off. DST gaps and overlaps are resolved as ``LocalDateTime`` does.
    public func shift(on day: CalendarDate, in zone: TimeZone) -> DateInterval? {
        guard days.contains(day.weekday) else { return nil }
        let opens = LocalDateTime(date: day, minute: window.start).instant(in: zone)
        let closesOn = window.crossesMidnight || window.end == 1440 ? day.adding(days: 1) : day
        let closes = LocalDateTime(date: closesOn, minute: window.end % 1440).instant(in: zone)
        return closes > opens ? DateInterval(start: opens, end: closes) : nil
    }

    /// `instant` itself when it is inside these hours, otherwise when they next begin (within a week and a day);
    /// `nil` for hours on no day.
    public func nextWorking(atOrAfter instant: Date, in zone: TimeZone) -> Date? {
        if isWorking(at: instant, in: zone) { return instant }
        let today = LocalDateTime(instant, in: zone).date
        return (0...8).lazy.compactMap { self.shift(on: today.adding(days: $0), in: zone)?.start }.first { $0 >= instant }
    }
}
