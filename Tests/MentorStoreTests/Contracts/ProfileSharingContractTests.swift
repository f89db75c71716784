import Foundation
import MentorCore
import MentorTesting
import Testing

/// `share-with-manager` on every backend: it round-trips, defaults to off, and only a manager's own direct reports who
/// turned it on are listed.
@Suite struct ProfileSharingContractTests {
    @Test(arguments: StoreBackend.all)
    func onlyDirectReportsWhoShareAreListedForTheirManager(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let people = try stores.addPeople(
            ["mia@example.com", "ana@example.com", "bo@example.com", "cy@example.com", "dee@example.com"],
            managers: ["ana@example.com": "mia@example.com", "bo@example.com": "mia@example.com", "cy@example.com": "mia@example.com",
                       "dee@example.com": "ana@example.com"]
        )
        let (mia, ana, bo, cy, dee) = (people[0], people[1], people[2], people[3], people[4])
        for (person, shares) in [(ana, true), (bo, false), (dee, true)] {
            var profile = Profile(personID: person.id)
            profile.shareWithManager = shares
            try stores.profiles.save(profile)
        }
        // Cy has no profile at all: nothing shared.
        #expect(try stores.profiles.reportsSharing(with: mia.id) == [ana.id], "Bo said no, Cy never said, Dee reports to Ana")
        #expect(try stores.profiles.reportsSharing(with: ana.id) == [dee.id])
        #expect(try stores.profiles.reportsSharing(with: cy.id) == [])
        #expect(try stores.profiles.profile(for: ana.id)?.shareWithManager == true)
        #expect(try stores.profiles.profile(for: bo.id)?.shareWithManager == false)
        #expect(Profile(personID: cy.id).shareWithManager == false, "off until they say so")
    }
}
