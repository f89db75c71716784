import Foundation

/// A peer circle, cross-functional forum or chapter.
public struct Circle: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case peer, forum, chapter
    }

    public var id: Int64
    public var name: String
    public var kind: Kind
    /// `site:Lisbon` or `function:Sales`, for chapters.
    public var scope: String?
    public var cadence: Meeting.Cadence
    /// For a community sprint: the day it closes and shares its results.
    public var endsOn: CalendarDate?
    public var channel: String?
    public var createdBy: PersonID
    public var createdAt: Date

    public init(
        id: Int64 = 0, name: String, kind: Kind, scope: String?, cadence: Meeting.Cadence, endsOn: CalendarDate?, channel: String?, createdBy: PersonID,
        createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.scope = scope
        self.cadence = cadence
        self.endsOn = endsOn
        self.channel = channel
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}

/// A member of a circle, with how many of its sessions they have hosted.
public struct CircleMember: Sendable, Equatable {
    public var person: PersonID
    public var hosted: Int

    public init(person: PersonID, hosted: Int) {
        self.person = person
        self.hosted = hosted
    }
}

/// Something a member shared with their circle.
public struct CircleInsight: Sendable, Equatable {
    public var text: String
    public var author: PersonID
    public var at: Date

    public init(text: String, author: PersonID, at: Date) {
        self.text = text
        self.author = author
        self.at = at
    }
}

/// A booked session of a circle: its meeting and who hosts it.
public struct CircleSession: Sendable, Equatable {
    public var meeting: Int64
    public var host: PersonID

    public init(meeting: Int64, host: PersonID) {
        self.meeting = meeting
        self.host = host
    }
}
