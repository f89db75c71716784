import Foundation

/// Renders instants in a reader's own zone with the zone abbreviation, e.g. `Tue 14:30 JST`.
public enum LocalTime {
    /// `Tue 25 Nov 14:30 JST` for `instant` as seen in `zone`.
    public static func format(_ instant: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.weekday, .day, .month, .hour, .minute], from: instant)
        let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(parts.weekday ?? 1) - 1]
        let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(parts.month ?? 1) - 1]
        let abbreviation = zone.abbreviation(for: instant) ?? zone.identifier
        return String(format: "%@ %d %@ %02d:%02d %@", weekday, parts.day ?? 1, month, parts.hour ?? 0, parts.minute ?? 0, abbreviation)
    }
}
