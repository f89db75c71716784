import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``OfficeHoursStore`` does, on every backend.
@Suite struct OfficeHoursStoreContractTests {
    func hours(_ host: Person, _ topic: String, _ stores: ContractStores) -> OfficeHours {
        OfficeHours(
            host: host.id, topic: topic, weekday: .thursday, minute: 16 * 60, zone: "Europe/Lisbon", minutes: 30, channel: nil, capacity: 3,
            createdAt: stores.clock.now)
    }

    @Test(arguments: StoreBackend.all)
    func officeHoursRoundTripInTheOrderTheyWereCreated(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let first = try stores.officeHours.insertOfficeHours(hours(ben, "SQL", stores))
        var second = hours(ada, "Negotiation", stores)
        second.channel = "mentoring-emea"
        second = try stores.officeHours.insertOfficeHours(second)
        #expect(try stores.officeHours.officeHours(id: second.id) == second)
        #expect(try stores.officeHours.officeHours(id: 9_999) == nil)
        #expect(try stores.officeHours.allOfficeHours() == [first, second])
    }

    @Test(arguments: StoreBackend.all)
    func signingUpTwiceCountsOnceAndSessionsAreSeparate(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["host@example.com", "ada@example.com", "ben@example.com"])
        let saved = try stores.officeHours.insertOfficeHours(hours(people[0], "SQL", stores))
        let session = stores.clock.now + 86_400
        #expect(try stores.officeHours.signUp(people[2].id, officeHours: saved.id, session: session, at: stores.clock.now))
        #expect(try stores.officeHours.signUp(people[1].id, officeHours: saved.id, session: session, at: stores.clock.now + 5))
        #expect(try !stores.officeHours.signUp(people[2].id, officeHours: saved.id, session: session, at: stores.clock.now + 9))
        #expect(try stores.officeHours.signups(officeHours: saved.id, session: session) == [people[2].id, people[1].id])
        #expect(try stores.officeHours.signups(officeHours: saved.id, session: session + 7 * 86_400).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let saved = try stores.officeHours.insertOfficeHours(hours(ada, "SQL", stores))
        let session = stores.clock.now + 3_600
        stores.inFailedTransaction {
            _ = try stores.officeHours.insertOfficeHours(hours(ben, "Lost", stores))
            _ = try stores.officeHours.signUp(ben.id, officeHours: saved.id, session: session, at: stores.clock.now)
        }
        #expect(try stores.officeHours.allOfficeHours() == [saved])
        #expect(try stores.officeHours.signups(officeHours: saved.id, session: session).isEmpty)
    }
}
