import CICal
import Foundation

/// One VEVENT as libical read it, in Swift values, with the parts recurrence needs.
struct FeedEvent {
    /// The line of its BEGIN:VEVENT, for problems.
    var line: Int
    var uid: String
    /// SEQUENCE, or -1 without one (as the reference library counts).
    var sequence: Int
    var summary: String
    var isCancelled: Bool
    /// TRANSP:TRANSPARENT: the time shows as free.
    var isFree: Bool
    var start: FeedTime
    /// The length from DTEND or DURATION, in wall-clock seconds from the start (see ``length(start:end:)``).
    var length: Int64
    var rules: [icalrecurrencetype]
    var rdates: [RDate]
    var exdates: [FeedTime]
    var recurrenceID: FeedTime?
    /// RECURRENCE-ID with RANGE=THISANDFUTURE: this change applies to every later occurrence too.
    var thisAndFuture: Bool

    /// An RDATE: a start, and for a PERIOD its own length.
    struct RDate {
        var start: FeedTime
        var length: Int64?
    }

    /// Whether the event has anything that makes it repeat.
    var repeats: Bool { !rules.isEmpty || !rdates.isEmpty }

    /// The length of an event from its start to its end, as wall time when both are in one zone (or both dates), so
    /// that a recurring 09:00–10:00 stays an hour on both sides of a DST change; otherwise the real time between them.
    static func length(start: FeedTime, end: FeedTime, owner: TimeZone) -> Int64 {
        if start.isDate && end.isDate || start.zone.isSame(as: end.zone) && start.isDate == end.isDate {
            return end.wall.seconds - start.wall.seconds
        }
        return Int64((end.instant(owner: owner).timeIntervalSince(start.instant(owner: owner))).rounded())
    }

    /// The end of an occurrence starting at `start`, `length` wall-clock seconds on.
    static func end(of start: FeedTime, length: Int64, owner: TimeZone) -> Date {
        if case .utc = start.zone { return start.instant(owner: owner) + Double(length) }
        return start.moved(to: start.wall.adding(seconds: length)).instant(owner: owner)
    }
}
