import CICal
import Foundation
import MentorCore

/// The zone a time in a feed is written in, and how its wall times become instants.
///
/// IANA zones go through Foundation, the project's source of truth for time; a VTIMEZONE that the feed defines
/// (Outlook's "Pacific Standard Time", a custom id) goes through libical, which reads its observances and rules.
enum FeedZone {
    case utc
    /// No zone: the owner's (RFC 5545 "floating" time), and every all-day date.
    case floating
    case named(TimeZone)
    /// A VTIMEZONE of the feed; the pointer belongs to the parsed calendar and dies with it.
    case defined(OpaquePointer, id: String)

    /// The instant `wall` names in this zone; floating times are read in `owner`.
    func instant(of wall: WallClock, owner: TimeZone) -> Date {
        switch self {
        case .utc: return Date(timeIntervalSince1970: Double(wall.seconds))
        case .floating: return Self.instant(of: wall, in: owner)
        case .named(let zone): return Self.instant(of: wall, in: zone)
        case .defined(let zone, _):
            return Date(timeIntervalSince1970: Double(icaltime_as_timet_with_zone(wall.icalTime(isDate: false), zone)))
        }
    }

    /// The wall time of `instant` in this zone; floating means `owner`'s wall clock.
    func wall(of instant: Date, owner: TimeZone) -> WallClock {
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down))
        switch self {
        case .utc: return WallClock(seconds: seconds)
        case .floating: return WallClock(seconds: seconds + Int64(owner.secondsFromGMT(for: instant)))
        case .named(let zone): return WallClock(seconds: seconds + Int64(zone.secondsFromGMT(for: instant)))
        case .defined(let zone, _): return WallClock(icaltime_from_timet_with_zone(time_t(seconds), 0, zone))
        }
    }

    /// Whether two values are in the same zone, so that their difference is wall time (as Python's datetimes do).
    func isSame(as other: FeedZone) -> Bool {
        switch (self, other) {
        case (.utc, .utc), (.floating, .floating): true
        case (.named(let a), .named(let b)): a.identifier == b.identifier
        case (.defined(let a, _), .defined(let b, _)): a == b
        default: false
        }
    }

    /// A wall time in a zone, by the rule of ``LocalDateTime``: a time skipped by DST is read with the offset from
    /// before the change, a repeated one is its first occurrence.
    private static func instant(of wall: WallClock, in zone: TimeZone) -> Date {
        let second = wall.secondOfDay
        let local = LocalDateTime(date: wall.date, minute: second / 60)
        return local.instant(in: zone) + Double(second % 60)
    }
}

/// A DTSTART, DTEND, RDATE, EXDATE or RECURRENCE-ID value: a wall time, whether it is a whole date, and its zone.
struct FeedTime {
    var wall: WallClock
    var isDate: Bool
    var zone: FeedZone

    func instant(owner: TimeZone) -> Date { zone.instant(of: wall, owner: owner) }

    /// The same kind of value at another wall time.
    func moved(to wall: WallClock) -> FeedTime { FeedTime(wall: wall, isDate: isDate, zone: zone) }

    /// The keys an occurrence or an exception is recognised by, as the reference library does: its wall time in UTC
    /// and its own wall time; floating times and dates have only the latter.
    func recurrenceKeys(owner: TimeZone) -> [WallClock] {
        switch zone {
        case .floating: return [wall]
        case .utc: return [wall]
        case .named, .defined: return [FeedZone.utc.wall(of: instant(owner: owner), owner: owner), wall]
        }
    }
}
