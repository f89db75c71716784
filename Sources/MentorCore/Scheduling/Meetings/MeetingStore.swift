import Foundation

/// Slots proposed to someone by `schedule` or `reschedule`, kept until they `book` one.
public struct SlotProposals: Sendable, Equatable {
    /// Everyone who would meet, the proposer first.
    public var attendees: [PersonID]
    public var minutes: Int
    public var slots: [ProposedSlot]
    /// The meeting being moved, for `reschedule`.
    public var meeting: Int64?
    /// The circle whose next session this is, for `circle schedule`.
    public var circle: Int64?
    public var createdAt: Date

    public init(attendees: [PersonID], minutes: Int, slots: [ProposedSlot], meeting: Int64? = nil, circle: Int64? = nil, createdAt: Date) {
        self.attendees = attendees
        self.minutes = minutes
        self.slots = slots
        self.meeting = meeting
        self.circle = circle
        self.createdAt = createdAt
    }
}

/// Someone's published calendar: its address (a secret), and the last copy fetched.
public struct CalendarFeedRecord: Sendable, Equatable {
    public var person: PersonID
    /// The secret address. Never logged or shown back in full.
    public var url: String
    public var etag: String?
    public var lastModified: String?
    public var body: String?
    public var fetchedAt: Date?
    /// What was wrong at the last fetch, if anything.
    public var problem: String?
    /// Whether the owner has been told about ``problem``.
    public var problemReported: Bool

    public init(
        person: PersonID, url: String, etag: String? = nil, lastModified: String? = nil, body: String? = nil, fetchedAt: Date? = nil,
        problem: String? = nil, problemReported: Bool = false
    ) {
        self.person = person
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.body = body
        self.fetchedAt = fetchedAt
        self.problem = problem
        self.problemReported = problemReported
    }
}

/// Meetings, proposals and calendar feeds. MentorStore implements it on SQLite.
public protocol MeetingStore: Sendable {
    /// Saves a new meeting; returns it with its id.
    func insertMeeting(_ meeting: Meeting) throws -> Meeting
    /// Saves a changed meeting (time, sequence, cadence, status).
    func updateMeeting(_ meeting: Meeting) throws
    func meeting(id: Int64) throws -> Meeting?
    func meeting(token: String) throws -> Meeting?
    /// Scheduled meetings `person` attends, oldest first.
    func scheduledMeetings(of person: PersonID) throws -> [Meeting]

    func saveProposals(_ proposals: SlotProposals, for person: PersonID) throws
    func proposals(for person: PersonID) throws -> SlotProposals?
    func deleteProposals(for person: PersonID) throws

    func calendarFeed(of person: PersonID) throws -> CalendarFeedRecord?
    /// Connects a feed address, replacing any earlier one and its copy.
    func saveCalendarFeed(_ record: CalendarFeedRecord) throws
    func deleteCalendarFeed(of person: PersonID) throws
    /// Feeds never fetched, or last fetched before `date`, without their cached copy (the fetcher does not need it).
    func calendarFeeds(fetchedBefore date: Date) throws -> [CalendarFeedRecord]
    /// Records a fetch of the feed at `record.url`: its validators, time and problem, and the new copy when
    /// `record.body` is set (otherwise the cached copy stays). Nothing changes if the address was changed or removed.
    func recordFeedFetch(_ record: CalendarFeedRecord) throws
}

extension MeetingStore {
    /// Meeting `id`, when it is still scheduled and still at `sequence` (unchanged since a job about it was timed).
    func unchangedMeeting(_ id: Int64, sequence: Int) throws -> Meeting? {
        guard let meeting = try meeting(id: id), meeting.status == .scheduled, meeting.sequence == sequence else { return nil }
        return meeting
    }
}
