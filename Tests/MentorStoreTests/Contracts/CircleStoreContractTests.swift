import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``CircleStore`` does, on every backend.
@Suite struct CircleStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func circlesRoundTripAndAreFoundByIdOrNameAndListedByName(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let writers = try stores.addCircle("Writers", by: ada)
        let chapter = try stores.circles.insertCircle(Circle(
            name: "Lisbon chapter", kind: .chapter, scope: "site:Lisbon", cadence: .monthly, endsOn: CalendarDate(iso: "2027-03-31"),
            channel: "lisbon", createdBy: ada.id, createdAt: stores.clock.now))
        #expect(writers.id != 0 && chapter.id != writers.id)
        #expect(try stores.circles.circle(id: chapter.id) == chapter)
        #expect(try stores.circles.circle(named: "Writers") == writers)
        #expect(try stores.circles.circle(id: 9_999) == nil)
        #expect(try stores.circles.circle(named: "Nobody") == nil)
        #expect(try stores.circles.circles() == [chapter, writers])
    }

    @Test(arguments: StoreBackend.all)
    func joiningTwiceAndLeavingTwiceChangeThingsOnce(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let circle = try stores.addCircle("Writers", by: ada)
        #expect(try stores.circles.join(ben.id, circle: circle.id, at: stores.clock.now))
        #expect(try stores.circles.join(ada.id, circle: circle.id, at: stores.clock.now + 60))
        #expect(try !stores.circles.join(ben.id, circle: circle.id, at: stores.clock.now + 120))
        #expect(try stores.circles.members(circle: circle.id) == [CircleMember(person: ben.id, hosted: 0), CircleMember(person: ada.id, hosted: 0)])
        #expect(try stores.circles.leave(ben.id, circle: circle.id))
        #expect(try !stores.circles.leave(ben.id, circle: circle.id))
        #expect(try stores.circles.members(circle: circle.id).map(\.person) == [ada.id])
    }

    @Test(arguments: StoreBackend.all)
    func membersCountTheSessionsTheyHostedOncePerMeeting(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let circle = try stores.addCircle("Writers", by: ada)
        _ = try stores.circles.join(ada.id, circle: circle.id, at: stores.clock.now)
        _ = try stores.circles.join(ben.id, circle: circle.id, at: stores.clock.now + 1)
        let first = try stores.addMeeting([ada, ben], inHours: 24)
        let second = try stores.addMeeting([ada, ben], inHours: 48)
        try stores.circles.recordHost(ada.id, circle: circle.id, meeting: first.id, at: stores.clock.now)
        try stores.circles.recordHost(ben.id, circle: circle.id, meeting: first.id, at: stores.clock.now)
        try stores.circles.recordHost(ben.id, circle: circle.id, meeting: second.id, at: stores.clock.now)
        #expect(try stores.circles.members(circle: circle.id) == [CircleMember(person: ada.id, hosted: 0), CircleMember(person: ben.id, hosted: 2)])
    }

    @Test(arguments: StoreBackend.all)
    func insightsComeNewestFirstUpToTheLimit(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let circle = try stores.addCircle("Writers", by: ada)
        let other = try stores.addCircle("Readers", by: ada)
        let now = stores.clock.now
        try stores.circles.addInsight("Outline first", circle: circle.id, by: ada.id, at: now)
        try stores.circles.addInsight("Read it aloud", circle: circle.id, by: ben.id, at: now + 60)
        try stores.circles.addInsight("Cut adverbs", circle: circle.id, by: ada.id, at: now + 120)
        try stores.circles.addInsight("Elsewhere", circle: other.id, by: ada.id, at: now)
        #expect(try stores.circles.insights(circle: circle.id, limit: 2) == [
            CircleInsight(text: "Cut adverbs", author: ada.id, at: now + 120), CircleInsight(text: "Read it aloud", author: ben.id, at: now + 60),
        ])
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let circle = try stores.addCircle("Writers", by: ada)
        stores.inFailedTransaction {
            _ = try stores.addCircle("Lost", by: ben)
            _ = try stores.circles.join(ben.id, circle: circle.id, at: stores.clock.now)
            try stores.circles.addInsight("Lost", circle: circle.id, by: ben.id, at: stores.clock.now)
        }
        #expect(try stores.circles.circles() == [circle])
        #expect(try stores.circles.members(circle: circle.id).isEmpty)
        #expect(try stores.circles.insights(circle: circle.id, limit: 10).isEmpty)
    }
}
