import Foundation

/// A day of the week, Monday first, numbered like `Calendar`'s `weekday` (Sunday = 1).
public enum Weekday: Int, Sendable, CaseIterable, Comparable, Hashable {
    case monday = 2, tuesday = 3, wednesday = 4, thursday = 5, friday = 6, saturday = 7, sunday = 1

    /// Monday to Sunday.
    public static let week: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]
    public static let workweek: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]

    /// `Mon`.
    public var shortName: String {
        ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][rawValue - 1]
    }

    /// Parses `mon`, `Monday`, `MO`, case-insensitively.
    public init?(parsing text: String) {
        let lowered = text.lowercased()
        guard lowered.count >= 2,
            let day = Weekday.week.first(where: { $0.fullName.hasPrefix(lowered) && (lowered.count >= 3 || $0.fullName.prefix(2) == lowered) })
        else { return nil }
        self = day
    }

    private var fullName: String {
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"][rawValue - 1]
    }

    private var position: Int { Weekday.week.firstIndex(of: self)! }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.position < rhs.position }

    /// Parses `Mon-Fri`, `Sun-Thu`, `Mon,Wed,Fri` or `Tue`; ranges wrap around the week end.
    public static func parseSet(_ text: String) -> Set<Weekday>? {
        var days: Set<Weekday> = []
        for part in text.split(separator: ",") {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
            switch ends.count {
            case 1:
                guard let day = Weekday(parsing: ends[0]) else { return nil }
                days.insert(day)
            case 2:
                guard let first = Weekday(parsing: ends[0]), let last = Weekday(parsing: ends[1]) else { return nil }
                var index = first.position
                while true {
                    days.insert(week[index])
                    if week[index] == last { break }
                    index = (index + 1) % 7
                }
            default:
                return nil
            }
        }
        return days.isEmpty ? nil : days
    }

    /// The shortest description of `days`: `Mon-Fri`, `Sun-Thu`, `Mon, Wed, Fri`.
    public static func describe(_ days: Set<Weekday>) -> String {
        if days.count == 7 { return "Mon-Sun" }
        let ordered = week.filter(days.contains)
        // A run that wraps (Sun-Thu) starts at the day after a gap.
        for start in ordered {
            let startIndex = start.position
            let run = (0..<days.count).map { week[(startIndex + $0) % 7] }
            if Set(run) == days, days.count > 2 { return "\(run.first!.shortName)-\(run.last!.shortName)" }
        }
        return ordered.map(\.shortName).joined(separator: ", ")
    }
}
