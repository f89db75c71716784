import Foundation

/// One person in a slot search: where and when they work, when they are busy, and how much edge-of-day time they have
/// already given to this group.
public struct Attendee: Sendable {
    public var person: Person
    public var zone: TimeZone
    public var hours: WorkingHours
    /// Times they cannot meet: other meetings and busy time from their calendar feed.
    public var busy: [DateInterval]
    /// Minutes outside their working hours in this group's earlier meetings; fairness evens this out.
    public var burden: Int
    /// Their quiet hours: a time there is proposed only when nothing else fits, and only holds if they accept.
    public var quiet: DailyWindow?
    /// Local dates they do not meet at all: their site's or country's holidays.
    public var daysOff: Set<CalendarDate>

    public init(
        person: Person, zone: TimeZone, hours: WorkingHours, busy: [DateInterval] = [], burden: Int = 0, quiet: DailyWindow? = nil,
        daysOff: Set<CalendarDate> = []
    ) {
        self.person = person
        self.zone = zone
        self.hours = hours
        self.busy = busy
        self.burden = burden
        self.quiet = quiet
        self.daysOff = daysOff
    }
}

/// A candidate meeting time with what it asks of each attendee.
public struct ProposedSlot: Sendable, Equatable, Codable {
    public var start: Date
    public var minutes: Int
    /// Minutes outside working hours, per attendee in search order.
    public var edgeMinutes: [Int]
    /// Minutes inside quiet hours, per attendee in search order; empty when the slot touches nobody's.
    public var quietMinutes: [Int]

    public init(start: Date, minutes: Int, edgeMinutes: [Int], quietMinutes: [Int] = []) {
        self.start = start
        self.minutes = minutes
        self.edgeMinutes = edgeMinutes
        self.quietMinutes = quietMinutes.contains { $0 > 0 } ? quietMinutes : []
    }

    public var end: Date { start + Double(minutes) * 60 }

    /// Whether the slot lies inside everyone's working hours.
    public var suitsEveryone: Bool { edgeMinutes.allSatisfy { $0 == 0 } }

    /// Whether the slot reaches into someone's quiet hours (then it only holds if they accept).
    public var touchesQuietHours: Bool { quietMinutes.contains { $0 > 0 } }

    private enum CodingKeys: String, CodingKey {
        case start, minutes, edgeMinutes, quietMinutes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        start = try container.decode(Date.self, forKey: .start)
        minutes = try container.decode(Int.self, forKey: .minutes)
        edgeMinutes = try container.decode([Int].self, forKey: .edgeMinutes)
        // Proposals saved before quiet hours were tracked have none.
        quietMinutes = try container.decodeIfPresent([Int].self, forKey: .quietMinutes) ?? []
    }
}
