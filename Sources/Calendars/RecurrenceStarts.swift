import CICal
import Foundation

/// The start times of one event's occurrences near a window: DTSTART, every RRULE occurrence (libical's
/// `icalrecur_iterator`) and every RDATE. EXDATE and overrides are applied by ``SeriesExpansion``.
struct RecurrenceStarts {
    /// A start, and the length of an RDATE period if it came from one.
    struct Start {
        var time: FeedTime
        var length: Int64?
    }

    let event: FeedEvent
    let owner: TimeZone

    /// Starts whose instants may fall from `from` through `to`; times outside are left to the caller to drop.
    func starts(from: Date, through to: Date, budget: inout ExpansionBudget) -> [Start] {
        let start = event.start
        // Wall bounds in the event's own zone, a day wider on each side than any zone offset.
        let first = start.zone.wall(of: from, owner: owner).adding(seconds: -86_400 * 2)
        let last = start.zone.wall(of: to, owner: owner).adding(seconds: 86_400 * 2)
        var result: [Start] = []
        var latestUntil: WallClock?
        for var rule in event.rules {
            let until = untilWall(rule)
            if let until { latestUntil = max(latestUntil ?? until, until) }
            // Never iterate past the window: libical stops at UNTIL, so a rule that rarely matches cannot spin on.
            let stop = min(until ?? last, last)
            rule.until = stop.icalTime(isDate: start.isDate)
            for wall in expand(rule, from: first, through: stop, budget: &budget) {
                result.append(Start(time: start.moved(to: wall)))
            }
        }
        // DTSTART is always the first occurrence, unless it is after the latest UNTIL (as the reference reads it).
        if latestUntil.map({ start.wall <= $0 }) ?? true, start.wall >= first, start.wall <= last {
            result.append(Start(time: start))
        }
        for rdate in event.rdates { result.append(Start(time: rdate.start, length: rdate.length)) }
        return result
    }

    /// UNTIL in the event's own wall clock, read as the reference library does when a feed mixes kinds: for
    /// all-day events its date; for floating times its digits; for zoned times the UTC instant (a date means its
    /// UTC midnight, and no later than local midnight).
    private func untilWall(_ rule: icalrecurrencetype) -> WallClock? {
        guard icaltime_is_null_time(rule.until) == 0 else { return nil }
        let written = WallClock(rule.until)
        let start = event.start
        if start.isDate { return written.midnight }
        switch start.zone {
        case .floating, .utc:
            return rule.until.is_date != 0 ? written.midnight : written
        case .named, .defined:
            let utcWall = rule.until.is_date != 0 ? written.midnight : written
            let inZone = start.zone.wall(of: FeedZone.utc.instant(of: utcWall, owner: owner), owner: owner)
            return rule.until.is_date != 0 ? min(inZone, written.midnight) : inZone
        }
    }

    /// Runs libical's iterator for `rule` from DTSTART, jumping ahead to `first` when DTSTART is so far back that
    /// stepping there would cost more than the jump (libical cannot jump for a COUNT rule, which is bounded anyway).
    private func expand(_ rule: icalrecurrencetype, from first: WallClock, through stop: WallClock, budget: inout ExpansionBudget) -> [WallClock] {
        let start = event.start
        guard let iterator = icalrecur_iterator_new(rule, start.wall.icalTime(isDate: start.isDate)) else { return [] }
        defer { icalrecur_iterator_free(iterator) }
        var from = start.wall
        if rule.count == 0, first > start.wall, Self.periods(rule, from: start.wall, to: first) > 2_000 {
            _ = icalrecur_iterator_set_start(iterator, first.icalTime(isDate: start.isDate))
            from = first
        }
        // One call of libical's iterator steps through every period until one matches, so a rule that matches
        // rarely (every second, in February only) could spin inside a single call: refuse what could step further
        // than the budget allows.
        guard Self.periods(rule, from: from, to: stop) <= Int64(budget.limits.maximumSteps) * 4 else {
            budget.refuse(line: event.line, "this event repeats too often to expand (\(Self.frequencyName(rule))); only its first time is used")
            return []
        }
        var walls: [WallClock] = []
        while budget.step() {
            let next = icalrecur_iterator_next(iterator)
            guard icaltime_is_null_time(next) == 0 else { break }
            let wall = WallClock(next)
            if wall > stop { break }
            if wall >= first { walls.append(wall) }
        }
        return walls
    }

    static func frequencyName(_ rule: icalrecurrencetype) -> String {
        LibICal.text(icalrecur_freq_to_string(rule.freq)).map { "FREQ=" + $0 } ?? "its FREQ"
    }

    /// Roughly how many periods of the rule's frequency lie between two wall times.
    private static func periods(_ rule: icalrecurrencetype, from: WallClock, to: WallClock) -> Int64 {
        let seconds: Int64 = switch rule.freq {
        case ICAL_SECONDLY_RECURRENCE: 1
        case ICAL_MINUTELY_RECURRENCE: 60
        case ICAL_HOURLY_RECURRENCE: 3600
        case ICAL_DAILY_RECURRENCE: 86_400
        case ICAL_WEEKLY_RECURRENCE: 604_800
        case ICAL_MONTHLY_RECURRENCE: 2_629_746
        default: 31_556_952
        }
        return (to.seconds - from.seconds) / (seconds * Int64(max(rule.interval, 1)))
    }
}
