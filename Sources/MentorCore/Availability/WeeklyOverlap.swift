import Foundation

/// Shared working time of people in different zones, over one real week so DST is what it is that week.
public enum WeeklyOverlap {
    /// One person's working hours in their zone.
    public struct Schedule: Sendable {
        public var hours: WorkingHours
        public var zone: TimeZone

        public init(hours: WorkingHours, zone: TimeZone) {
            self.hours = hours
            self.zone = zone
        }
    }

    /// Minutes in the 7 days from `start` when both schedules are at work.
    public static func minutes(_ a: Schedule, _ b: Schedule, weekFrom start: Date) -> Int {
        minutes(intervals(a, from: start, to: start + 7 * 86_400), b, weekFrom: start)
    }

    /// Like ``minutes(_:_:weekFrom:)`` with the first schedule's intervals already worked out, for comparing one
    /// person with many.
    public static func minutes(_ first: [DateInterval], _ b: Schedule, weekFrom start: Date) -> Int {
        Int(shared(first, intervals(b, from: start, to: start + 7 * 86_400)).reduce(0) { $0 + $1.duration } / 60)
    }

    /// Where two sorted lists of intervals overlap, in order.
    public static func shared(_ a: [DateInterval], _ b: [DateInterval]) -> [DateInterval] {
        var result: [DateInterval] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            let start = max(a[i].start, b[j].start), end = min(a[i].end, b[j].end)
            if end > start { result.append(DateInterval(start: start, end: end)) }
            if a[i].end < b[j].end { i += 1 } else { j += 1 }
        }
        return result
    }

    /// The working intervals of `schedule` that fall between `start` and `end`, sorted and clipped.
    public static func intervals(_ schedule: Schedule, from start: Date, to end: Date) -> [DateInterval] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = schedule.zone
        var result: [DateInterval] = []
        var day = calendar.startOfDay(for: start - 86_400)
        while day < end {
            let weekday = calendar.component(.weekday, from: day)
            if let workday = Weekday(rawValue: weekday), schedule.hours.days.contains(workday) {
                let window = schedule.hours.window
                let from = localTime(day, minutes: window.start, calendar)
                let to = localTime(day, minutes: window.crossesMidnight ? window.end + 1440 : window.end, calendar)
                let clipped = DateInterval(start: max(from, start), end: max(min(to, end), max(from, start)))
                if clipped.duration > 0 { result.append(clipped) }
            }
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { break }
            day = next
        }
        return result
    }

    /// `minutes` after local midnight of `day`; in a DST gap, the first valid instant after it.
    private static func localTime(_ day: Date, minutes: Int, _ calendar: Calendar) -> Date {
        var components = calendar.dateComponents([.year, .month, .day], from: day)
        components.day! += minutes / 1440
        components.hour = minutes % 1440 / 60
        components.minute = minutes % 60
        return calendar.date(from: components) ?? day + TimeInterval(minutes * 60)
    }
}
