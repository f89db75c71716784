import Foundation

/// A chat channel announcements go to, from `Config/channels.json`: where it is and which zones its readers are in.
public struct Channel: Sendable, Equatable, Codable {
    public var name: String
    public var platform: String
    public var workspace: String
    /// The platform's id for the channel or room.
    public var id: String
    /// The IANA zones of the regions it serves; one morning post per zone, or one post when there is a single zone.
    public var zones: [String]

    public init(name: String, platform: String, workspace: String = "", id: String, zones: [String]) {
        self.name = name
        self.platform = platform
        self.workspace = workspace
        self.id = id
        self.zones = zones
    }

    private enum CodingKeys: String, CodingKey { case name, platform, workspace, id, zones }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        platform = try container.decode(String.self, forKey: .platform)
        workspace = try container.decodeIfPresent(String.self, forKey: .workspace) ?? ""
        id = try container.decode(String.self, forKey: .id)
        zones = try container.decodeIfPresent([String].self, forKey: .zones) ?? ["UTC"]
        if let bad = zones.first(where: { TimeZone(identifier: $0) == nil }) {
            throw DecodingError.dataCorruptedError(forKey: .zones, in: container, debugDescription: "\"\(bad)\" is not an IANA time zone")
        }
    }
}

/// Confidential feedback for the program managers. An anonymous one has no sender at all, only a reply token.
public struct Feedback: Sendable, Equatable {
    public var id: Int64
    public var text: String
    /// Nil when sent anonymously: the sender is not stored anywhere.
    public var sender: PersonID?
    /// For anonymous feedback: the one-time token its sender holds to read the answer.
    public var replyToken: String?
    public var answer: String?
    public var createdAt: Date
    public var answeredAt: Date?

    public init(id: Int64 = 0, text: String, sender: PersonID?, replyToken: String?, answer: String? = nil, createdAt: Date, answeredAt: Date? = nil) {
        self.id = id
        self.text = text
        self.sender = sender
        self.replyToken = replyToken
        self.answer = answer
        self.createdAt = createdAt
        self.answeredAt = answeredAt
    }
}

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

    public init(
        id: Int64 = 0, host: PersonID, topic: String, weekday: Weekday, minute: Int, zone: String, minutes: Int, channel: String?, capacity: Int,
        createdAt: Date
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

/// A library entry a member suggested, listed once a program manager approves it.
public struct ResourceSuggestion: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var url: String
    public var suggestedBy: PersonID
    public var approved: Bool
    public var createdAt: Date

    public init(id: Int64 = 0, title: String, url: String, suggestedBy: PersonID, approved: Bool = false, createdAt: Date) {
        self.id = id
        self.title = title
        self.url = url
        self.suggestedBy = suggestedBy
        self.approved = approved
        self.createdAt = createdAt
    }
}

/// Feedback, office hours, circles, resources and recognition. MentorStore implements it.
public protocol CommunityStore: Sendable {
    func insertFeedback(_ feedback: Feedback) throws -> Feedback
    func feedback(id: Int64) throws -> Feedback?
    func openFeedback() throws -> [Feedback]
    func answerFeedback(id: Int64, answer: String, at date: Date) throws
    /// The feedback holding this reply token, whose token is then spent.
    func redeemFeedbackToken(_ token: String) throws -> Feedback?

    func insertOfficeHours(_ hours: OfficeHours) throws -> OfficeHours
    func officeHours(id: Int64) throws -> OfficeHours?
    func allOfficeHours() throws -> [OfficeHours]
    /// Returns false when the person was already signed up.
    func signUp(_ person: PersonID, officeHours: Int64, session: Date, at date: Date) throws -> Bool
    func signups(officeHours: Int64, session: Date) throws -> [PersonID]
    /// Sessions held, per host: each session with at least one sign-up counts.
    func hostedSessions() throws -> [PersonID: Int]

    func insertCircle(_ circle: Circle) throws -> Circle
    func circle(id: Int64) throws -> Circle?
    func circle(named name: String) throws -> Circle?
    func circles() throws -> [Circle]
    /// Returns false when already a member.
    func join(_ person: PersonID, circle: Int64, at date: Date) throws -> Bool
    func leave(_ person: PersonID, circle: Int64) throws -> Bool
    /// Members in the order they joined, with how many sessions each has hosted.
    func members(circle: Int64) throws -> [(person: PersonID, hosted: Int)]
    func recordHost(_ person: PersonID, circle: Int64, meeting: Int64, at date: Date) throws
    func addInsight(_ text: String, circle: Int64, by person: PersonID, at date: Date) throws
    func insights(circle: Int64, limit: Int) throws -> [(text: String, by: PersonID, at: Date)]

    func insertSuggestion(_ suggestion: ResourceSuggestion) throws -> ResourceSuggestion
    func suggestions(approved: Bool) throws -> [ResourceSuggestion]
    /// Approves a suggestion and records `audit` in the same transaction. Returns the suggestion, if it exists.
    func approveSuggestion(id: Int64, audit: AuditEntry) throws -> ResourceSuggestion?

    func addKudos(from: PersonID, to: PersonID, message: String, at date: Date) throws
    func kudosCounts(since: Date) throws -> [PersonID: Int]
    /// Records an admin action in the audit log.
    func audit(_ entry: AuditEntry) throws
    func setRecognitionOptIn(_ optIn: Bool, for person: PersonID) throws
    func recognitionOptIns() throws -> Set<PersonID>
}
