import Foundation

/// A wall-clock date and time with no zone, such as "Tue 2027-03-09 10:00", and how it maps to an instant in a zone.
///
/// Around DST changes a wall time may not exist (spring forward) or exist twice (fall back). ``instant(in:)`` follows
/// the rule of RFC 5545 and of Python's `zoneinfo` with `fold=0`: a time in a gap is read with the offset from before
/// the gap (so 02:30 on a spring-forward night becomes 03:30), and a repeated time is its first occurrence.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var date: CalendarDate
    /// Minutes after midnight, 0..<1440.
    public var minute: Int

    public init(date: CalendarDate, minute: Int) {
        self.date = date
        self.minute = minute
    }

    /// The wall time of `instant` in `zone`.
    public init(_ instant: Date, in zone: TimeZone) {
        let local = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
        let days = (local / 86_400).rounded(.down)
        self.init(date: CalendarDate(daysSinceEpoch: Int(days)), minute: Int((local - days * 86_400) / 60))
    }

    /// How a wall time maps to instants in a zone.
    public enum Resolution: Sendable, Equatable {
        /// Exactly one instant.
        case unique(Date)
        /// The wall time was skipped by a DST change; `shifted` is the instant read with the earlier offset.
        case skipped(shifted: Date)
        /// The wall time happened twice.
        case repeated(first: Date, second: Date)
    }

    public func resolve(in zone: TimeZone) -> Resolution {
        let naive = Double(date.daysSinceEpoch) * 86_400 + Double(minute) * 60
        let before = zone.secondsFromGMT(for: Date(timeIntervalSince1970: naive - 86_400))
        let after = zone.secondsFromGMT(for: Date(timeIntervalSince1970: naive + 86_400))
        let valid = Set([before, after]).filter { offset in
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: naive - Double(offset))) == offset
        }.sorted(by: >)
        switch valid.count {
        case 0: return .skipped(shifted: Date(timeIntervalSince1970: naive - Double(before)))
        case 1: return .unique(Date(timeIntervalSince1970: naive - Double(valid[0])))
        default:
            return .repeated(first: Date(timeIntervalSince1970: naive - Double(valid[0])), second: Date(timeIntervalSince1970: naive - Double(valid[1])))
        }
    }

    /// The instant this wall time names in `zone`, by the rule above.
    public func instant(in zone: TimeZone) -> Date {
        switch resolve(in: zone) {
        case .unique(let instant), .skipped(let instant), .repeated(let instant, _): instant
        }
    }

    /// The same wall time `days` later.
    public func adding(days: Int) -> LocalDateTime {
        LocalDateTime(date: CalendarDate(daysSinceEpoch: date.daysSinceEpoch + days), minute: minute)
    }

    /// The weekday of the date.
    public var weekday: Weekday { date.weekday }

    /// `2027-03-09 10:00`.
    public var description: String { "\(date) \(DailyWindow.clock(minute))" }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.minute) < (rhs.date, rhs.minute)
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 (proleptic Gregorian), negative before it.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (Calendar weekday 5).
        Weekday(rawValue: ((daysSinceEpoch + 4) % 7 + 7) % 7 + 1)!
    }

    /// The date `days` later.
    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }
}
