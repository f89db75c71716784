import Foundation
import MentorCore
import Synchronization

/// The calendar reader mentord runs with: libical parses the feed and expands its recurrences, within
/// ``CalendarLimits``, and the busy time of each feed version is kept in a small cache.
///
/// This is the one entry point for feeds: text in, busy intervals and problems out.
///
/// ```swift
/// let reader = LibICalReader()
/// let reading = reader.busy(in: ics, zone: TimeZone(identifier: "Europe/London")!, window: nextFortnight)
/// reading.items      // [DateInterval], sorted, merged, inside the window
/// reading.problems   // [ICSProblem]: "line 12: unknown time zone …"
/// ```
public final class LibICalReader: CalendarReader {
    public let limits: CalendarLimits
    private let cache: Mutex<BusyTimeCache>

    /// A reader with `limits`, keeping the busy time of up to `cacheCapacity` feed versions and windows.
    public init(limits: CalendarLimits = .standard, cacheCapacity: Int = 256) {
        self.limits = limits
        cache = Mutex(BusyTimeCache(capacity: cacheCapacity))
    }

    /// How many expansions the cache holds now.
    public var cachedReadings: Int { cache.withLock { $0.count } }

    public func busy(in feed: String, zone: TimeZone, window: DateInterval) -> CalendarReading<DateInterval> {
        // Windows are widened to whole UTC days and weeks, so the windows of a day's schedules share one expansion.
        let expanded = Self.aligned(window)
        let key = BusyTimeCache.Key(feed: FeedDigest(feed), zone: zone.identifier, window: expanded)
        var reading: CalendarReading<DateInterval>
        if let cached = cache.withLock({ $0.reading(for: key) }) {
            reading = cached
        } else {
            let feedReading = read(feed, owner: zone, window: expanded)
            reading = CalendarReading(
                items: IntervalUnion.merged(feedReading.items.filter { !$0.isCancelled && !$0.isFree }.map(\.interval)),
                events: feedReading.events, unreadableEvents: feedReading.unreadableEvents, problems: feedReading.problems
            )
            let stored = reading
            cache.withLock { $0.store(stored, for: key) }
        }
        reading.items = IntervalUnion.clipped(reading.items, to: window)
        return reading
    }

    public func holidays(in feed: String, from first: CalendarDate, through last: CalendarDate) -> CalendarReading<HolidayCalendar.Holiday> {
        guard first <= last else { return CalendarReading() }
        let window = DateInterval(
            start: WallClock(date: first.adding(days: -1)).instant, end: WallClock(date: last.adding(days: 2)).instant
        )
        let reading = read(feed, owner: .gmt, window: window)
        var days: [HolidayCalendar.Holiday] = []
        for occurrence in reading.items where !occurrence.isCancelled {
            guard let allDay = occurrence.allDay else { continue }
            for offset in 0..<max(allDay.days, 1) {
                let date = allDay.first.adding(days: offset)
                if date >= first && date <= last { days.append(HolidayCalendar.Holiday(date: date, name: occurrence.summary)) }
            }
        }
        return CalendarReading(items: days, events: reading.events, unreadableEvents: reading.unreadableEvents, problems: reading.problems)
    }

    /// Parses and expands `feed` for `window`, with floating times in `owner`'s zone.
    func read(_ feed: String, owner: TimeZone, window: DateInterval) -> CalendarReading<ExpandedOccurrence> {
        guard feed.utf8.count <= limits.maximumFeedBytes else {
            return CalendarReading(problems: [ICSProblem(
                line: 1, message: "the calendar is larger than \(limits.maximumFeedBytes / 1024) KB, so it was not read"
            )])
        }
        return LibICal.withLock {
            FeedDocument.read(feed, limits: limits, owner: owner) { document in
                var budget = ExpansionBudget(limits: limits)
                let occurrences = SeriesExpansion(events: document.events, owner: owner, window: window).occurrences(budget: &budget)
                var problems = document.problems + budget.refused
                if let exhausted = budget.exhausted { problems.append(ICSProblem(line: 1, message: "the calendar was read in part: " + exhausted)) }
                return CalendarReading(
                    items: occurrences.map { ExpandedOccurrence($0, of: document.events[$0.source]) }, events: document.eventCount,
                    unreadableEvents: document.unreadableLines.count, problems: problems
                )
            }
        }
    }

    /// `window` widened to UTC midnight before it and to a whole number of weeks after that.
    static func aligned(_ window: DateInterval) -> DateInterval {
        let day = 86_400.0, week = 7 * day
        let start = (window.start.timeIntervalSince1970 / day).rounded(.down) * day
        let weeks = max(((window.end.timeIntervalSince1970 - start) / week).rounded(.up), 1)
        return DateInterval(start: Date(timeIntervalSince1970: start), duration: weeks * week)
    }
}

/// An occurrence with what its VEVENT says about it, copied out of libical's memory.
struct ExpandedOccurrence: Sendable {
    var interval: DateInterval
    /// For all-day occurrences: the first date and how many days.
    var allDay: (first: CalendarDate, days: Int)?
    var isCancelled: Bool
    var isFree: Bool
    var summary: String

    init(_ occurrence: Occurrence, of event: FeedEvent) {
        interval = DateInterval(start: occurrence.start, end: max(occurrence.end, occurrence.start))
        allDay = occurrence.startTime.isDate ? (occurrence.startTime.wall.date, Int(occurrence.length / 86_400)) : nil
        isCancelled = event.isCancelled
        isFree = event.isFree
        summary = event.summary
    }
}

extension WallClock {
    /// This wall time read as UTC.
    var instant: Date { Date(timeIntervalSince1970: Double(seconds)) }
}
