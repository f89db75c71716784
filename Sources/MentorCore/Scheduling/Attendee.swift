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

    public init(person: Person, zone: TimeZone, hours: WorkingHours, busy: [DateInterval] = [], burden: Int = 0) {
        self.person = person
        self.zone = zone
        self.hours = hours
        self.busy = busy
        self.burden = burden
    }
}

/// A candidate meeting time with what it asks of each attendee.
public struct ProposedSlot: Sendable, Equatable, Codable {
    public var start: Date
    public var minutes: Int
    /// Minutes outside working hours, per attendee in search order.
    public var edgeMinutes: [Int]

    public init(start: Date, minutes: Int, edgeMinutes: [Int]) {
        self.start = start
        self.minutes = minutes
        self.edgeMinutes = edgeMinutes
    }

    public var end: Date { start + Double(minutes) * 60 }

    /// Whether the slot lies inside everyone's working hours.
    public var suitsEveryone: Bool { edgeMinutes.allSatisfy { $0 == 0 } }
}
