import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``ProfileStore`` does, on every backend.
@Suite struct ProfileStoreContractTests {
    static func mentorProfile(_ person: Person, at date: Date) -> Profile {
        var profile = Profile(personID: person.id)
        profile.roles = [.mentor, .peer]
        profile.expertise = ["public speaking", "sql"]
        profile.interests = ["chess"]
        profile.goals = ["lead a team"]
        profile.languages = ["en", "pt"]
        profile.styles = [.video]
        profile.formats = [.ongoing]
        profile.capacity = 3
        profile.quietHours = nil
        profile.timeZoneID = "America/Sao_Paulo"
        profile.site = "São Paulo"
        profile.language = "pt"
        profile.bio = "Happy to help with talks."
        profile.consentedAt = date
        return profile
    }

    @Test(arguments: StoreBackend.all)
    func aProfileRoundTripsAndASaveReplacesIt(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        #expect(try stores.profiles.profile(for: ada.id) == nil)
        #expect(try stores.profiles.profileOrDefault(for: ada.id) == Profile(personID: ada.id))
        var profile = Self.mentorProfile(ada, at: stores.clock.now)
        try stores.profiles.save(profile)
        #expect(try stores.profiles.profile(for: ada.id) == profile)
        profile.roles = [.mentee]
        profile.expertise = []
        profile.pause = .indefinitely
        try stores.profiles.save(profile)
        #expect(try stores.profiles.profile(for: ada.id) == profile)
    }

    @Test(arguments: StoreBackend.all)
    func profilesWithARoleComeWithTheirPeople(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(["ada@example.com", "ben@example.com", "cy@example.com"])
        try stores.profiles.save(Self.mentorProfile(people[0], at: stores.clock.now))
        var mentee = Profile(personID: people[1].id)
        mentee.roles = [.mentee]
        try stores.profiles.save(mentee)
        let mentors = try stores.profiles.profiles(withRole: .mentor)
        #expect(mentors == [PersonProfile(person: people[0], profile: Self.mentorProfile(people[0], at: stores.clock.now))])
        #expect(try stores.profiles.profiles(withRole: .mentee).map(\.person.id) == [people[1].id])
    }

    @Test(arguments: StoreBackend.all)
    func aSaveInAFailedUnitOfWorkRollsBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        stores.inFailedTransaction { try stores.profiles.save(Self.mentorProfile(ada, at: stores.clock.now)) }
        #expect(try stores.profiles.profile(for: ada.id) == nil)
        #expect(try stores.profiles.profiles(withRole: .mentor).isEmpty)
    }
}
