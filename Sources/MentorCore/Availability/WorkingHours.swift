/// When someone works, in their own zone: a daily window on a set of days, e.g. `09:00-17:30 Mon-Fri`.
public struct WorkingHours: Sendable, Hashable, CustomStringConvertible {
    public var window: DailyWindow
    public var days: Set<Weekday>

    public init(window: DailyWindow, days: Set<Weekday>) {
        self.window = window
        self.days = days
    }

    /// Until someone says otherwise: 09:00-17:00, Monday to Friday.
    public static let standard = WorkingHours(window: DailyWindow(start: 9 * 60, end: 17 * 60)!, days: Set(Weekday.workweek))

    /// Parses `09:00-17:30 Mon-Fri`, `Sun-Thu 08:00-16:00` or `9-17` (Monday to Friday).
    public init?(parsing text: String) {
        var window: DailyWindow?
        var days: Set<Weekday>?
        for word in text.split(whereSeparator: { $0 == " " }).map(String.init) {
            if let parsed = DailyWindow(parsing: word), window == nil, word.contains(where: \.isNumber) {
                window = parsed
            } else if let parsed = Weekday.parseSet(word), days == nil {
                days = parsed
            } else {
                return nil
            }
        }
        guard let window, window.duration <= 16 * 60 else { return nil }
        self.init(window: window, days: days ?? Set(Weekday.workweek))
    }

    public var description: String { "\(window) \(Weekday.describe(days))" }
}
