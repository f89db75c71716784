import Foundation

/// Keeps messages mentord starts out of people's quiet hours.
public enum QuietHours {
    /// `instant`, or when it falls in `quiet` (local to `zone`), a quarter of an hour before the quiet hours began.
    public static func earlier(_ instant: Date, avoiding quiet: DailyWindow?, in zone: TimeZone) -> Date {
        guard let quiet else { return instant }
        let wall = LocalDateTime(instant, in: zone)
        guard quiet.contains(minute: wall.minute) else { return instant }
        // Quiet hours that began yesterday evening are still on in the early morning.
        let began = quiet.crossesMidnight && wall.minute < quiet.end ? wall.date.adding(days: -1) : wall.date
        let before = LocalDateTime(date: began, minute: quiet.start).instant(in: zone) - 15 * 60
        return min(before, instant)
    }

    /// Whether `instant` falls in `quiet` for someone in `zone`.
    public static func contains(_ instant: Date, _ quiet: DailyWindow?, in zone: TimeZone) -> Bool {
        guard let quiet else { return false }
        return quiet.contains(minute: LocalDateTime(instant, in: zone).minute)
    }
}
