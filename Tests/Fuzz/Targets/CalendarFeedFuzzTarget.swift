import Calendars
import Foundation
import MentorCore

/// A published calendar through libical: parsed and expanded for busy time, and read for holidays, as `schedule`
/// and the holiday folder read them.
///
/// The first byte picks what is read (bit 7: holidays, else busy time) and the owner's zone (the other bits; floating
/// times and all-day dates are read in it); the rest is the feed. The window is 56 days, twice the longest `schedule`
/// looks ahead, from the feed's first `DTSTART` date (2026-01-01 when there is none), so seeds from any year expand
/// something.
public final class CalendarFeedFuzzTarget: FuzzTarget {
    public static let name = "ics"

    static let zones = ["Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Chatham", "UTC", "Australia/Lord_Howe"]
        .compactMap(TimeZone.init(identifier:))

    static let windowDays = 56

    /// A small cache, so most inputs are read, not found in it.
    private let reader = LibICalReader(cacheCapacity: 8)

    public init() {}

    public func run(_ input: [UInt8]) {
        var bytes = FuzzInput(input)
        let choice = bytes.byte()
        let zone = Self.zones[Int(choice & 0x7F) % Self.zones.count]
        let feed = FuzzInput.text(bytes.rest)
        let start = Self.firstStart(in: feed, zone: zone)
        guard choice & 0x80 == 0 else {
            let first = CalendarDate(start, in: zone)
            _ = reader.holidays(in: feed, from: first, through: first.adding(days: Self.windowDays))
            return
        }
        let window = DateInterval(start: start, duration: Double(Self.windowDays) * 86_400)
        let busy = reader.busy(in: feed, zone: zone, window: window)
        precondition(busy.items.allSatisfy { $0.start >= window.start && $0.end <= window.end }, "busy time outside its window")
    }

    /// Midnight in `zone` of the first `DTSTART…:YYYYMMDD` in `feed`, or 2026-01-01.
    static func firstStart(in feed: String, zone: TimeZone) -> Date {
        let fallback = CalendarDate(year: 2026, month: 1, day: 1)
        guard let property = feed.range(of: "DTSTART"), let colon = feed[property.upperBound...].firstIndex(of: ":") else {
            return LocalDateTime(date: fallback, minute: 0).instant(in: zone)
        }
        let digits = String(feed[feed.index(after: colon)...].prefix(8))
        guard digits.count == 8, digits.allSatisfy(\.isASCII),
            let date = CalendarDate(iso: "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))"),
            (1900...2200).contains(date.year)
        else { return LocalDateTime(date: fallback, minute: 0).instant(in: zone) }
        return LocalDateTime(date: date, minute: 0).instant(in: zone)
    }
}
