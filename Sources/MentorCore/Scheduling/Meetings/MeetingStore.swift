import Foundation

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

    /// Replaces every list `person` holds with this one, numbered from `proposals.firstNumber` (what `schedule` does).
    func saveProposals(_ proposals: SlotProposals, for person: PersonID) throws
    /// Adds a list after the ones `person` holds, numbered on from the highest number in use, and returns it
    /// numbered (lists in letters, several of which may share one message).
    func appendProposals(_ proposals: SlotProposals, for person: PersonID) throws -> SlotProposals
    /// The list `person` got last, if any.
    func proposals(for person: PersonID) throws -> SlotProposals?
    /// The list holding option `number`, if any.
    func proposals(for person: PersonID, option number: Int) throws -> SlotProposals?
    /// Records that the list starting at `firstNumber` was booked as `meeting`; `book` on it then says so.
    func markProposalsBooked(for person: PersonID, firstNumber: Int, meeting: Int64) throws
    /// Forgets every list `person` holds.
    func deleteProposals(for person: PersonID) throws
    /// Forgets `person`'s lists whose every slot started before `date`.
    func deleteProposals(for person: PersonID, endingBefore date: Date) throws

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
