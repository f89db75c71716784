import Foundation

/// A DTSTART, DTEND, EXDATE or RECURRENCE-ID value: a UTC instant, a wall time in a named zone, a floating wall time
/// (the reader's zone) or a whole date.
public enum ICSTime: Sendable, Hashable {
    case utc(Date)
    case zoned(LocalDateTime, TimeZone)
    case floating(LocalDateTime)
    case date(CalendarDate)

    /// Parses `20270309T100000Z`, `20270309T100000` with an optional TZID, or `20270309` (also with `VALUE=DATE`).
    /// Unknown TZIDs are reported through `unknownZone` and read as floating.
    static func parse(_ value: String, zoneID: String?, unknownZone: (String) -> Void) -> ICSTime? {
        let text = value.trimmingCharacters(in: .whitespaces)
        guard text.count >= 8, let date = CalendarDate(compact: text.prefix(8)) else { return nil }
        if text.count == 8 { return .date(date) }
        guard text.count >= 15, text[text.index(text.startIndex, offsetBy: 8)] == "T",
            let hours = Int(text.dropFirst(9).prefix(2)), let minutes = Int(text.dropFirst(11).prefix(2)),
            let seconds = Int(text.dropFirst(13).prefix(2)), hours < 24, minutes < 60, seconds < 61
        else { return nil }
        let wall = LocalDateTime(date: date, minute: hours * 60 + minutes)
        if text.hasSuffix("Z") {
            guard text.count == 16 else { return nil }
            return .utc(wall.instant(in: .gmt) + Double(seconds))
        }
        guard text.count == 15 else { return nil }
        if let zoneID {
            if let zone = TimeZone(identifier: zoneID) { return .zoned(wall, zone) }
            unknownZone(zoneID)
        }
        return .floating(wall)
    }

    /// The instant, reading floating times and dates in `zone`.
    public func instant(defaultZone zone: TimeZone) -> Date {
        switch self {
        case .utc(let instant): instant
        case .zoned(let wall, let named): wall.instant(in: named)
        case .floating(let wall): wall.instant(in: zone)
        case .date(let date): LocalDateTime(date: date, minute: 0).instant(in: zone)
        }
    }

    /// Whether this is a whole date (an all-day value).
    public var isDate: Bool {
        if case .date = self { return true }
        return false
    }

    /// The same kind of value moved to another wall time, for recurrences: UTC values move by whole days in UTC.
    func moved(toDay day: CalendarDate) -> ICSTime {
        switch self {
        case .utc(let instant):
            let wall = LocalDateTime(instant, in: .gmt)
            let seconds = instant.timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
            return .utc(LocalDateTime(date: day, minute: wall.minute).instant(in: .gmt) + seconds)
        case .zoned(let wall, let zone): return .zoned(LocalDateTime(date: day, minute: wall.minute), zone)
        case .floating(let wall): return .floating(LocalDateTime(date: day, minute: wall.minute))
        case .date: return .date(day)
        }
    }

    /// The calendar day the value falls on, in its own terms (UTC for UTC values).
    var day: CalendarDate {
        switch self {
        case .utc(let instant): LocalDateTime(instant, in: .gmt).date
        case .zoned(let wall, _), .floating(let wall): wall.date
        case .date(let date): date
        }
    }
}

extension CalendarDate {
    /// Parses `20270309`.
    init?(compact text: Substring) {
        guard text.count == 8, text.allSatisfy(\.isASCII), let year = Int(text.prefix(4)), let month = Int(text.dropFirst(4).prefix(2)),
            let day = Int(text.suffix(2)), (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
