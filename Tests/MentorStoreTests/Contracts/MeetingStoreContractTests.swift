import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``MeetingStore`` does, on every backend.
@Suite struct MeetingStoreContractTests {
    /// `meeting` as a store gives it back: every attendee has an edge-minutes figure, 0 unless one was given.
    func stored(_ meeting: Meeting) -> Meeting {
        var stored = meeting
        for person in meeting.attendees where stored.edgeMinutes[person] == nil { stored.edgeMinutes[person] = 0 }
        for person in meeting.attendees where stored.responses[person] == nil { stored.responses[person] = meeting.response(of: person) }
        return stored
    }

    @Test(arguments: StoreBackend.all)
    func aMeetingRoundTripsByIdAndTokenWithItsAttendeesInOrder(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["ada@example.com", "ben@example.com", "cy@example.com"])
        let meeting = try stores.meetings.insertMeeting(Meeting(
            uid: "uid-1", title: "Mentoring", host: people[0].id, attendees: [people[0].id, people[2].id, people[1].id], start: stores.clock.now + 3_600,
            minutes: 45, hostZone: "Europe/Lisbon", cadence: .biweekly, token: "tok-1", edgeMinutes: [people[2].id: 15]))
        #expect(meeting.id != 0)
        #expect(try stores.meetings.meeting(id: meeting.id) == stored(meeting))
        #expect(try stores.meetings.meeting(token: "tok-1") == stored(meeting))
        #expect(try stores.meetings.meeting(id: 9_999) == nil)
        #expect(try stores.meetings.meeting(token: "nope") == nil)
    }

    @Test(arguments: StoreBackend.all)
    func anUpdateReplacesTimeStatusAndAttendees(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["ada@example.com", "ben@example.com", "cy@example.com"])
        var meeting = try stores.addMeeting([people[0], people[1]])
        meeting.sequence = 1
        meeting.title = "Moved"
        meeting.start += 86_400
        meeting.minutes = 60
        meeting.cadence = .weekly
        meeting.attendees = [people[0].id, people[2].id]
        meeting.edgeMinutes = [people[2].id: 30]
        try stores.meetings.updateMeeting(meeting)
        #expect(try stores.meetings.meeting(id: meeting.id) == stored(meeting))
        #expect(try stores.meetings.scheduledMeetings(of: people[1].id).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func scheduledMeetingsAreAPersonsOwnSoonestFirstWithoutCancelledOnes(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["ada@example.com", "ben@example.com", "cy@example.com"])
        let later = try stores.addMeeting([people[0], people[1]], inHours: 48)
        let sooner = try stores.addMeeting([people[1], people[0]], inHours: 24)
        var cancelled = try stores.addMeeting([people[0], people[1]], inHours: 12)
        cancelled.status = .cancelled
        try stores.meetings.updateMeeting(cancelled)
        _ = try stores.addMeeting([people[2], people[1]], inHours: 1)
        #expect(try stores.meetings.scheduledMeetings(of: people[0].id) == [sooner, later].map(stored))
        #expect(try stores.meetings.scheduledMeetings(of: people[2].id).count == 1)
    }

    @Test(arguments: StoreBackend.all)
    func proposalsAreOnePerPersonReplacedAndDeleted(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let meeting = try stores.addMeeting([ada, ben])
        let circle = try stores.addCircle("Writers", by: ada)
        #expect(try stores.meetings.proposals(for: ada.id) == nil)
        let slots = [ProposedSlot(start: stores.clock.now + 3_600, minutes: 30, edgeMinutes: [0, 15]), ProposedSlot(start: stores.clock.now + 7_200, minutes: 30, edgeMinutes: [0, 0])]
        let first = SlotProposals(attendees: [ada.id, ben.id], minutes: 30, slots: slots, createdAt: stores.clock.now)
        try stores.meetings.saveProposals(first, for: ada.id)
        #expect(try stores.meetings.proposals(for: ada.id) == first)
        let moving = SlotProposals(attendees: [ada.id, ben.id], minutes: 45, slots: [slots[1]], meeting: meeting.id, circle: circle.id, createdAt: stores.clock.now + 60)
        try stores.meetings.saveProposals(moving, for: ada.id)
        #expect(try stores.meetings.proposals(for: ada.id) == moving)
        #expect(try stores.meetings.proposals(for: ben.id) == nil)
        try stores.meetings.deleteProposals(for: ada.id)
        #expect(try stores.meetings.proposals(for: ada.id) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func aCalendarFeedIsReplacedFetchedAndDeleted(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let now = stores.clock.now
        #expect(try stores.meetings.calendarFeed(of: ada.id) == nil)
        try stores.meetings.saveCalendarFeed(CalendarFeedRecord(person: ada.id, url: "https://cal.example.com/old.ics"))
        let feed = CalendarFeedRecord(person: ada.id, url: "https://cal.example.com/ada.ics")
        try stores.meetings.saveCalendarFeed(feed)
        try stores.meetings.saveCalendarFeed(CalendarFeedRecord(person: ben.id, url: "https://cal.example.com/ben.ics", fetchedAt: now))
        #expect(try stores.meetings.calendarFeed(of: ada.id) == feed, "a new address replaces the old one")

        var fetched = feed
        fetched.etag = "\"v1\""
        fetched.lastModified = "Wed, 25 Nov 2026 09:00:00 GMT"
        fetched.body = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
        fetched.fetchedAt = now + 60
        try stores.meetings.recordFeedFetch(fetched)
        #expect(try stores.meetings.calendarFeed(of: ada.id) == fetched)

        var notModified = fetched
        notModified.body = nil
        notModified.fetchedAt = now + 120
        notModified.problem = "timed out"
        try stores.meetings.recordFeedFetch(notModified)
        var kept = notModified
        kept.body = fetched.body
        #expect(try stores.meetings.calendarFeed(of: ada.id) == kept, "no new body keeps the cached copy")

        var stale = kept
        stale.url = "https://cal.example.com/old.ics"
        stale.problem = nil
        try stores.meetings.recordFeedFetch(stale)
        #expect(try stores.meetings.calendarFeed(of: ada.id) == kept, "a fetch of a replaced address changes nothing")

        let due = try stores.meetings.calendarFeeds(fetchedBefore: now + 30)
        #expect(due.map(\.person) == [ben.id])
        #expect(due.allSatisfy { $0.body == nil })
        #expect(try stores.meetings.calendarFeeds(fetchedBefore: now + 120).map(\.person).sorted { $0.rawValue < $1.rawValue } == [ada.id, ben.id])
        try stores.meetings.deleteCalendarFeed(of: ada.id)
        #expect(try stores.meetings.calendarFeed(of: ada.id) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let kept = try stores.addMeeting([ada, ben])
        stores.inFailedTransaction {
            var moved = kept
            moved.start += 3_600
            moved.attendees = [ada.id]
            try stores.meetings.updateMeeting(moved)
            _ = try stores.addMeeting([ben, ada])
            try stores.meetings.saveProposals(SlotProposals(attendees: [ada.id], minutes: 30, slots: [], createdAt: stores.clock.now), for: ada.id)
            try stores.meetings.saveCalendarFeed(CalendarFeedRecord(person: ada.id, url: "https://cal.example.com/ada.ics"))
        }
        #expect(try stores.meetings.scheduledMeetings(of: ben.id) == [stored(kept)])
        #expect(try stores.meetings.proposals(for: ada.id) == nil)
        #expect(try stores.meetings.calendarFeed(of: ada.id) == nil)
    }
}
