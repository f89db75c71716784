import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``MentorIndex`` does, on every backend.
@Suite struct MentorIndexContractTests {
    @Test(arguments: StoreBackend.all)
    func theCatalogHoldsTheMentorsAsOfTheLastChange(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        #expect(try stores.mentorIndex.catalogData().mentors.isEmpty)
        try stores.profiles.save(ProfileStoreContractTests.mentorProfile(ada, at: stores.clock.now))
        let first = try stores.mentorIndex.catalogData().mentors
        #expect(first.map(\.id) == [ada.id])
        #expect(first.first?.capacity == 3 && first.first?.timeZoneID == "America/Sao_Paulo")
        try stores.profiles.save(ProfileStoreContractTests.mentorProfile(ben, at: stores.clock.now))
        #expect(Set(try stores.mentorIndex.catalogData().mentors.map(\.id)) == [ada.id, ben.id])
    }

    @Test(arguments: StoreBackend.all)
    func peopleWithProfilesSkipsUnknownIdsAndPeopleWithoutAProfile(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let profile = ProfileStoreContractTests.mentorProfile(ada, at: stores.clock.now)
        try stores.profiles.save(profile)
        let found = try stores.mentorIndex.peopleWithProfiles([ada.id, ben.id, PersonID(9_999)])
        #expect(found == [PersonProfile(person: ada, profile: profile)])
        #expect(try stores.mentorIndex.peopleWithProfiles([]).isEmpty)
    }
}
