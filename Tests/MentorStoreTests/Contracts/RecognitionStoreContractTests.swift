import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``RecognitionStore`` does, on every backend.
@Suite struct RecognitionStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func kudosAreCountedPerPersonSinceADate(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["ada@example.com", "ben@example.com", "cy@example.com"])
        let now = stores.clock.now
        try stores.recognition.addKudos(from: people[0].id, to: people[1].id, message: "Great talk", at: now - 40 * 86_400)
        try stores.recognition.addKudos(from: people[0].id, to: people[1].id, message: "Thanks", at: now)
        try stores.recognition.addKudos(from: people[2].id, to: people[1].id, message: "Again", at: now)
        try stores.recognition.addKudos(from: people[1].id, to: people[2].id, message: "You too", at: now)
        #expect(try stores.recognition.kudosCounts(since: now - 30 * 86_400) == [people[1].id: 2, people[2].id: 1])
        #expect(try stores.recognition.kudosCounts(since: now + 1).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func optingInTwiceOrOutTwiceChangesThingsOnce(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        try stores.recognition.setRecognitionOptIn(true, for: ada.id)
        try stores.recognition.setRecognitionOptIn(true, for: ada.id)
        try stores.recognition.setRecognitionOptIn(true, for: ben.id)
        try stores.recognition.setRecognitionOptIn(false, for: ben.id)
        try stores.recognition.setRecognitionOptIn(false, for: ben.id)
        #expect(try stores.recognition.recognitionOptIns() == [ada.id])
    }

    @Test(arguments: StoreBackend.all)
    func hostedSessionsCountOfficeHoursWithSignUpsAndCircleSessionsThatWereHeld(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["host@example.com", "ada@example.com", "ben@example.com"])
        let hours = try stores.officeHours.insertOfficeHours(OfficeHours(
            host: people[0].id, topic: "SQL", weekday: .monday, minute: 600, zone: "UTC", minutes: 30, channel: nil, capacity: 5,
            createdAt: stores.clock.now))
        let week = 7 * 86_400.0
        _ = try stores.officeHours.signUp(people[1].id, officeHours: hours.id, session: stores.clock.now, at: stores.clock.now)
        _ = try stores.officeHours.signUp(people[2].id, officeHours: hours.id, session: stores.clock.now, at: stores.clock.now)
        _ = try stores.officeHours.signUp(people[1].id, officeHours: hours.id, session: stores.clock.now + week, at: stores.clock.now)
        let circle = try stores.addCircle("Writers", by: people[1])
        let meeting = try stores.addMeeting([people[0], people[1]])
        try stores.circles.recordHost(people[0].id, circle: circle.id, meeting: meeting.id, at: stores.clock.now)
        #expect(try stores.recognition.hostedSessions(heldBy: stores.clock.now + 8 * 86_400) == [people[0].id: 3])
        #expect(try stores.recognition.hostedSessions(heldBy: stores.clock.now + 3_600) == [people[0].id: 1], "only the session that has ended")
        #expect(try stores.recognition.hostedSessions(heldBy: stores.clock.now).isEmpty, "nothing has taken place yet")
        var cancelled = meeting
        cancelled.status = .cancelled
        try stores.meetings.updateMeeting(cancelled)
        #expect(try stores.recognition.hostedSessions(heldBy: stores.clock.now + 8 * 86_400) == [people[0].id: 2], "a cancelled session was not held")
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        stores.inFailedTransaction {
            try stores.recognition.addKudos(from: ada.id, to: ben.id, message: "Lost", at: stores.clock.now)
            try stores.recognition.setRecognitionOptIn(true, for: ben.id)
        }
        #expect(try stores.recognition.kudosCounts(since: .distantPast).isEmpty)
        #expect(try stores.recognition.recognitionOptIns().isEmpty)
    }
}
