import Foundation

/// Dates, times, zones, numbers and lists as a reader of one language writes them, through Foundation's
/// locale-aware format styles.
///
/// ```swift
/// LocaleFormat(language: "de").time(start, in: berlin)   // "Mi. 25. Nov., 10:00 MEZ (GMT+1)"
/// LocaleFormat(language: "ja").list(["A", "B"])           // "A、B"
/// ```
///
/// English keeps mentord's international form (`Wed 25 Nov 18:00`, day before month, 24-hour clock) because the
/// org spans continents, and ISO dates (`2026-12-04`), which are also what commands accept. Every other language
/// uses its locale's own order, names and clock (12 or 24 hours as the locale prefers).
public struct LocaleFormat: Sendable, Equatable {
    public let language: String

    public init(language: String) {
        self.language = language
    }

    private var locale: Locale { Locale(identifier: language) }
    private var isEnglish: Bool { language == "en" || language.hasPrefix("en-") || language.hasPrefix("en_") }

    /// `instant` on `zone`'s wall clock with the zone's label: `Wed 25 Nov 18:00 JST (GMT+9)` (see ``ZoneLabel``).
    public func time(_ instant: Date, in zone: TimeZone) -> String {
        "\(clock(instant, in: zone)) \(ZoneLabel.label(for: zone, at: instant, language: language))"
    }

    /// The weekday, date and time without the zone: `Wed 25 Nov 18:00`, `mié, 25 nov, 18:00`, `11月25日(水) 18:00`.
    public func clock(_ instant: Date, in zone: TimeZone) -> String {
        if isEnglish {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let parts = calendar.dateComponents([.weekday, .day, .month, .hour, .minute], from: instant)
            let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(parts.weekday ?? 1) - 1]
            let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(parts.month ?? 1) - 1]
            return String(format: "%@ %d %@ %02d:%02d", weekday, parts.day ?? 1, month, parts.hour ?? 0, parts.minute ?? 0)
        }
        let style = Date.FormatStyle(locale: locale, calendar: Calendar(identifier: .gregorian), timeZone: zone)
            .weekday(.abbreviated).day().month(.abbreviated).hour().minute()
        return instant.formatted(style)
    }

    /// The weekday and date alone: `Mon 30 Nov`, `lun, 30 nov`, `11月30日(月)`.
    public func day(_ instant: Date, in zone: TimeZone) -> String {
        if isEnglish { return clock(instant, in: zone).split(separator: " ").prefix(3).joined(separator: " ") }
        let style = Date.FormatStyle(locale: locale, calendar: Calendar(identifier: .gregorian), timeZone: zone)
            .weekday(.abbreviated).day().month(.abbreviated)
        return instant.formatted(style)
    }

    /// A meeting from `start` to `end` on `zone`'s clock: `Thu 3 Dec 09:00–09:30 BRT (GMT-3)`.
    public func span(_ start: Date, to end: Date, in zone: TimeZone) -> String {
        let first = clock(start, in: zone)
        let label = ZoneLabel.label(for: zone, at: start, language: language)
        let (from, until) = (hourMinute(start, in: zone), hourMinute(end, in: zone))
        // The end goes right after the start's time of day, wherever the locale puts it.
        guard let range = first.range(of: from, options: .backwards) else { return "\(first)–\(until) \(label)" }
        return first.replacingCharacters(in: range, with: "\(from)–\(until)") + " " + label
    }

    /// The time of day alone: `09:30`, `9:30`.
    public func hourMinute(_ instant: Date, in zone: TimeZone) -> String {
        if isEnglish { return DailyWindow.clock(LocalDateTime(instant, in: zone).minute) }
        return instant.formatted(Date.FormatStyle(locale: locale, calendar: Calendar(identifier: .gregorian), timeZone: zone).hour().minute())
    }

    /// A calendar date: `2026-12-04` in English, `4 dic 2026`, `4. Dez. 2026`, `2026年12月4日` elsewhere.
    public func date(_ date: CalendarDate) -> String {
        guard !isEnglish else { return date.description }
        // Noon UTC of that date, read on the UTC calendar, is that date.
        let instant = Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400 + 43_200)
        let style = Date.FormatStyle(locale: locale, calendar: Calendar(identifier: .gregorian), timeZone: .gmt)
            .year().month(.abbreviated).day()
        return instant.formatted(style)
    }

    /// `instant`'s date on `zone`'s calendar, as ``date(_:)`` writes it.
    public func date(_ instant: Date, in zone: TimeZone) -> String {
        date(CalendarDate(instant, in: zone))
    }

    /// Items joined as the language lists them in running text: `A, B, C`, `A, B y C`, `A, B und C`, `A、B、C`.
    public func list(_ items: [String]) -> String {
        items.formatted(.list(type: .and, width: .narrow).locale(locale))
    }

    /// Alternatives joined as the language offers a choice: `A, B, or C`, `A, B o C`, `A、B、またはC`.
    public func either(_ items: [String]) -> String {
        items.formatted(.list(type: .or, width: .standard).locale(locale))
    }

    /// A whole number with the language's grouping: `12,345`, `12.345`.
    public func number(_ value: Int) -> String {
        value.formatted(.number.locale(locale))
    }
}
