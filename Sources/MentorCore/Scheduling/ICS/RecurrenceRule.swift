import Foundation

/// The part of RFC 5545's RRULE that calendar feeds use for meetings: `FREQ=DAILY|WEEKLY` with `INTERVAL`, `BYDAY`,
/// `UNTIL` and `COUNT`.
public struct RecurrenceRule: Sendable, Hashable {
    public enum Frequency: String, Sendable {
        case daily = "DAILY", weekly = "WEEKLY"
    }

    public var frequency: Frequency
    public var interval = 1
    /// Empty means the start's own weekday (weekly) or every day (daily).
    public var days: Set<Weekday> = []
    public var until: ICSTime?
    public var count: Int?

    public init(frequency: Frequency) {
        self.frequency = frequency
    }

    /// Why an RRULE cannot be used.
    struct Unsupported: Error {
        var message: String
    }

    /// Parses the RRULE value, or says what is wrong with it.
    static func parse(_ value: String) -> Result<RecurrenceRule, Unsupported> {
        var parts: [String: String] = [:]
        for part in value.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return .failure(Unsupported(message: "RRULE part \"\(part)\" is not NAME=VALUE")) }
            parts[pair[0].uppercased()] = String(pair[1])
        }
        guard let frequencyText = parts["FREQ"] else { return .failure(Unsupported(message: "RRULE has no FREQ")) }
        guard let frequency = Frequency(rawValue: frequencyText.uppercased()) else {
            return .failure(Unsupported(message: "RRULE FREQ=\(frequencyText) is not supported (DAILY and WEEKLY are)"))
        }
        var rule = RecurrenceRule(frequency: frequency)
        if let text = parts["INTERVAL"] {
            guard let interval = Int(text), interval >= 1 else { return .failure(Unsupported(message: "RRULE INTERVAL=\(text) must be a whole number from 1")) }
            rule.interval = interval
        }
        if let text = parts["COUNT"] {
            guard let count = Int(text), count >= 1 else { return .failure(Unsupported(message: "RRULE COUNT=\(text) must be a whole number from 1")) }
            rule.count = count
        }
        if let text = parts["UNTIL"] {
            guard let until = ICSTime.parse(text, zoneID: nil, unknownZone: { _ in }) else { return .failure(Unsupported(message: "RRULE UNTIL=\(text) is not a date")) }
            rule.until = until
        }
        if let text = parts["BYDAY"] {
            for code in text.split(separator: ",") {
                // Ordinals such as 2TU only make sense monthly; a weekly rule uses the day.
                guard let day = Weekday(parsing: String(code.filter(\.isLetter))), code.filter(\.isLetter).count == 2 else {
                    return .failure(Unsupported(message: "RRULE BYDAY=\(text) has an unknown day \"\(code)\""))
                }
                rule.days.insert(day)
            }
        }
        return .success(rule)
    }

    /// The start days of the occurrences from `first` (the DTSTART day) up to `last`, in order, applying COUNT and
    /// UNTIL; `isAfterUntil` says whether an occurrence on a day is past UNTIL.
    func days(from first: CalendarDate, through last: CalendarDate, isAfterUntil: (CalendarDate) -> Bool) -> [CalendarDate] {
        var result: [CalendarDate] = []
        var produced = 0
        let limit = 100_000
        switch frequency {
        case .daily:
            var day = first
            for _ in 0..<limit {
                if day > last || isAfterUntil(day) { break }
                if days.isEmpty || days.contains(day.weekday) {
                    produced += 1
                    if let count, produced > count { break }
                    result.append(day)
                }
                day = day.adding(days: interval)
            }
        case .weekly:
            let weekdays = days.isEmpty ? [first.weekday] : Weekday.week.filter(days.contains)
            // Weeks start on Monday (WKST=MO, the default).
            let offset = Weekday.week.firstIndex(of: first.weekday)!
            var monday = first.adding(days: -offset)
            weeks: for _ in 0..<limit {
                for weekday in weekdays {
                    let day = monday.adding(days: Weekday.week.firstIndex(of: weekday)!)
                    if day < first { continue }
                    if day > last || isAfterUntil(day) { break weeks }
                    produced += 1
                    if let count, produced > count { break weeks }
                    result.append(day)
                }
                monday = monday.adding(days: 7 * interval)
            }
        }
        return result
    }
}
