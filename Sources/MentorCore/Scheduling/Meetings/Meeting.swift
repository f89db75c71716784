import Foundation

/// A booked meeting: one time, or a series that keeps the host's local time across DST changes.
public struct Meeting: Sendable, Equatable {
    public enum Status: String, Sendable {
        case scheduled, cancelled
    }

    /// How often a series repeats. Monthly repeats on the same weekday of the month (the 2nd Tuesday, or the last).
    public enum Cadence: String, Sendable, CaseIterable {
        case weekly, biweekly, monthly
    }

    /// An invitee's answer to the invitation. The organiser has accepted by booking.
    public enum Response: String, Sendable, CaseIterable {
        case pending, accepted, declined
    }

    public var id: Int64
    /// The iCalendar UID; it stays the same through reschedules and cancellation.
    public var uid: String
    /// Raised at every change, as iCalendar's SEQUENCE.
    public var sequence: Int
    public var title: String
    public var host: PersonID
    /// Everyone invited, the host included, in the order they were named.
    public var attendees: [PersonID]
    /// The first (or only) occurrence.
    public var start: Date
    public var minutes: Int
    /// The host's zone: a series repeats at the same wall time there.
    public var hostZone: String
    public var cadence: Cadence?
    public var status: Status
    /// The unguessable part of the invite's URL.
    public var token: String
    /// Minutes outside working hours each attendee gives to this meeting, for fair rotation.
    public var edgeMinutes: [PersonID: Int]
    /// Each attendee's answer; someone missing has not answered yet (the host has accepted).
    public var responses: [PersonID: Response]

    public init(
        id: Int64 = 0, uid: String, sequence: Int = 0, title: String, host: PersonID, attendees: [PersonID], start: Date, minutes: Int,
        hostZone: String, cadence: Cadence? = nil, status: Status = .scheduled, token: String, edgeMinutes: [PersonID: Int] = [:],
        responses: [PersonID: Response] = [:]
    ) {
        self.id = id
        self.uid = uid
        self.sequence = sequence
        self.title = title
        self.host = host
        self.attendees = attendees
        self.start = start
        self.minutes = minutes
        self.hostZone = hostZone
        self.cadence = cadence
        self.status = status
        self.token = token
        self.edgeMinutes = edgeMinutes
        self.responses = responses
    }

    /// What `person` answered: the host has accepted by booking; others are pending until they answer.
    public func response(of person: PersonID) -> Response {
        responses[person] ?? (person == host ? .accepted : .pending)
    }

    /// Everyone's answer reset to pending except the host's and `keeping`'s, as after a move to a new time.
    public mutating func askAgain(keeping person: PersonID) {
        responses = Dictionary(uniqueKeysWithValues: attendees.map { ($0, $0 == host || $0 == person ? Response.accepted : .pending) })
    }

    public var zone: TimeZone { TimeZone(identifier: hostZone) ?? .gmt }

    /// Occurrence starts from the first one on or after `from`, at most `limit` of them (one for a single meeting).
    public func occurrences(from: Date, limit: Int) -> [Date] {
        guard let cadence else { return start >= from && limit > 0 ? [start] : [] }
        let first = LocalDateTime(start, in: zone)
        var result: [Date] = []
        var index = 0
        while result.count < limit && index < 10_000 {
            let wall: LocalDateTime
            switch cadence {
            case .weekly: wall = first.adding(days: 7 * index)
            case .biweekly: wall = first.adding(days: 14 * index)
            case .monthly: wall = LocalDateTime(date: Self.sameWeekday(of: first.date, monthsLater: index), minute: first.minute)
            }
            let instant = wall.instant(in: zone)
            if instant >= from { result.append(instant) }
            index += 1
        }
        return result
    }

    /// Occurrence starts of meetings that overlap `window`.
    public func occurrences(overlapping window: DateInterval) -> [Date] {
        var result: [Date] = []
        var from = window.start - Double(minutes) * 60
        while let next = occurrences(from: from, limit: 1).first, next < window.end {
            result.append(next)
            guard cadence != nil else { break }
            from = next + 1
        }
        return result
    }

    /// The next occurrence that has not ended by `now`.
    public func nextOccurrence(after now: Date) -> Date? {
        occurrences(from: now - Double(minutes) * 60, limit: 1).first
    }

    /// Which weekday of its month a date is: 1…4, or −1 for the last when it is the fifth.
    static func ordinal(of date: CalendarDate) -> Int {
        let ordinal = (date.day - 1) / 7 + 1
        return ordinal == 5 ? -1 : ordinal
    }

    /// The date with the same weekday ordinal as `date`, `months` later.
    static func sameWeekday(of date: CalendarDate, monthsLater months: Int) -> CalendarDate {
        let total = date.year * 12 + (date.month - 1) + months
        let year = total / 12, month = total % 12 + 1
        let firstOfMonth = CalendarDate(year: year, month: month, day: 1)
        let lead = (Weekday.week.firstIndex(of: date.weekday)! - Weekday.week.firstIndex(of: firstOfMonth.weekday)! + 7) % 7
        let ordinal = ordinal(of: date)
        if ordinal > 0 { return firstOfMonth.adding(days: lead + 7 * (ordinal - 1)) }
        var last = firstOfMonth.adding(days: lead + 21)
        while last.adding(days: 7).month == month { last = last.adding(days: 7) }
        return last
    }
}
