import Foundation

/// A mentor's weekly office hours ("mentor pocket") on a topic.
public struct OfficeHours: Sendable, Equatable {
    public var id: Int64
    public var host: PersonID
    public var topic: String
    public var weekday: Weekday
    /// Minutes after midnight in the host's zone.
    public var minute: Int
    public var zone: String
    public var minutes: Int
    public var channel: String?
    public var capacity: Int
    public var createdAt: Date
    /// When the host or a program manager called them off; nil while they run.
    public var cancelledAt: Date?

    public init(
        id: Int64 = 0, host: PersonID, topic: String, weekday: Weekday, minute: Int, zone: String, minutes: Int, channel: String?, capacity: Int,
        createdAt: Date, cancelledAt: Date? = nil
    ) {
        self.id = id
        self.host = host
        self.topic = topic
        self.weekday = weekday
        self.minute = minute
        self.zone = zone
        self.minutes = minutes
        self.channel = channel
        self.capacity = capacity
        self.createdAt = createdAt
        self.cancelledAt = cancelledAt
    }

    /// The default number of places in a session.
    public static let defaultCapacity = 8

    /// Whether a weekly session of these and one of `other` can overlap, whatever their zones.
    public func overlaps(_ other: OfficeHours, near instant: Date) -> Bool {
        let mine = nextSession(after: instant), theirs = other.nextSession(after: instant)
        let week = 7 * 86_400.0
        return [-week, 0, week].contains { shift in
            let start = theirs + shift
            return start < mine + Double(minutes) * 60 && mine < start + Double(other.minutes) * 60
        }
    }

    /// The first session starting after `instant`, at the host's wall time.
    public func nextSession(after instant: Date) -> Date {
        let timeZone = TimeZone(identifier: zone) ?? .gmt
        var day = LocalDateTime(instant, in: timeZone).date
        for _ in 0..<15 {
            if day.weekday == weekday {
                let start = LocalDateTime(date: day, minute: minute).instant(in: timeZone)
                if start > instant { return start }
            }
            day = day.adding(days: 1)
        }
        return instant + 7 * 86_400
    }
}
