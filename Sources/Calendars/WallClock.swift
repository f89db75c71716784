import CICal
import MentorCore

/// A date and time on a wall clock with no zone, to the second, as iCalendar writes them (`20270309T100000`).
///
/// Arithmetic is on the wall clock (a day is always 86,400 seconds here); zones come in only when turning it into an
/// instant, in ``FeedZone``.
struct WallClock: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01 00:00:00 on the same wall clock.
    var seconds: Int64

    init(seconds: Int64) {
        self.seconds = seconds
    }

    init(date: CalendarDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        seconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The wall time of a libical time, ignoring its zone.
    init(_ time: icaltimetype) {
        let date = CalendarDate(year: Int(time.year), month: Int(time.month), day: Int(time.day))
        self.init(date: date, hour: Int(time.hour), minute: Int(time.minute), second: Int(time.second))
    }

    var date: CalendarDate { CalendarDate(daysSinceEpoch: Int(seconds.floorDivided(by: 86_400))) }
    /// Seconds after midnight.
    var secondOfDay: Int { Int(seconds - Int64(date.daysSinceEpoch) * 86_400) }
    /// Midnight of the same day.
    var midnight: WallClock { WallClock(date: date) }

    func adding(seconds more: Int64) -> WallClock { WallClock(seconds: seconds + more) }

    /// The libical time for this wall time: floating (no zone), a DATE when `isDate`.
    func icalTime(isDate: Bool) -> icaltimetype {
        var time = icaltime_null_time()
        let date = self.date
        time.year = Int32(date.year)
        time.month = Int32(date.month)
        time.day = Int32(date.day)
        if !isDate {
            time.hour = Int32(secondOfDay / 3600)
            time.minute = Int32(secondOfDay / 60 % 60)
            time.second = Int32(secondOfDay % 60)
        }
        time.is_date = isDate ? 1 : 0
        time.zone = nil
        return time
    }

    var description: String {
        let s = secondOfDay
        return "\(date)T" + [s / 3600, s / 60 % 60, s % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }

    static func < (lhs: WallClock, rhs: WallClock) -> Bool { lhs.seconds < rhs.seconds }
}

extension Int64 {
    /// Division rounding towards minus infinity, for days before 1970.
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
