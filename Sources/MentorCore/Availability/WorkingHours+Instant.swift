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
}
