import Foundation

extension Messages {
    /// Dates, times, numbers and lists as this reader's language writes them.
    public var format: LocaleFormat { LocaleFormat(language: language) }

    /// `instant` on `zone`'s clock with the zone's label, in this reader's language: `Wed 25 Nov 18:00 JST (GMT+9)`.
    public func time(_ instant: Date, in zone: TimeZone) -> String { format.time(instant, in: zone) }

    /// A meeting from `start` to `end` on `zone`'s clock, in this reader's language.
    public func span(_ start: Date, to end: Date, in zone: TimeZone) -> String { format.span(start, to: end, in: zone) }

    /// A calendar date in this reader's language.
    public func date(_ date: CalendarDate) -> String { format.date(date) }

    /// `instant`'s date on `zone`'s calendar, in this reader's language.
    public func date(_ instant: Date, in zone: TimeZone) -> String { format.date(instant, in: zone) }

    /// Items joined as this reader's language lists them.
    public func list(_ items: [String]) -> String { format.list(items) }
}
