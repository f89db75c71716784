import Foundation
import MentorCore
import MentorTesting
import Testing

/// What every ``DirectoryStore`` does, on every backend.
@Suite struct DirectoryStoreContractTests {
    @Test(arguments: StoreBackend.all)
    func anImportIsFoundByEmailAnyCaseAndByIdWithItsManagers(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        #expect(try stores.directory.peopleCount() == 0)
        let people = try stores.addPeople(
            ["boss@example.com", "ada@example.com", "ben@example.com"], managers: ["ada@example.com": "boss@example.com", "ben@example.com": "ada@example.com"])
        #expect(try stores.directory.peopleCount() == 3)
        #expect(try stores.directory.person(email: "ADA@Example.com") == people[1])
        #expect(try stores.directory.person(id: people[2].id) == people[2])
        #expect(try stores.directory.person(email: "nobody@example.com") == nil)
        #expect(try stores.directory.person(id: PersonID(9_999)) == nil)
        #expect(people[1].managerID == people[0].id)
        #expect(try stores.directory.managers() == [people[1].id: people[0].id, people[2].id: people[1].id])
    }

    @Test(arguments: StoreBackend.all)
    func aPreviewChangesNothingAndApplyingTwiceChangesOnce(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        try stores.addPeople(["ada@example.com"])
        let csv = """
            email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status
            ada@example.com,Ada Lovelace,,London,GB,Europe/London,Engineering,Core,senior,2019-01-07,en,active
            ben@example.com,Ben Okri,,Lagos,NG,Africa/Lagos,Sales,West,mid,2021-05-03,en;yo,active
            """
        let plan = PeopleImportPlanner(fullSync: false).plan(csv: csv) { (try? stores.directory.person(email: $0)) != nil }
        #expect(try stores.directory.preview(plan) == ImportSummary(created: 1, updated: 1))
        #expect(try stores.directory.peopleCount() == 1)
        #expect(try stores.directory.person(email: "ada@example.com")?.displayName == "Ada")
        #expect(try stores.directory.apply(plan) == ImportSummary(created: 1, updated: 1))
        #expect(try stores.directory.person(email: "ada@example.com")?.displayName == "Ada Lovelace")
        #expect(try stores.directory.person(email: "ben@example.com")?.languages == ["en", "yo"])
        #expect(try stores.directory.apply(plan) == ImportSummary(unchanged: 2))
    }

    @Test(arguments: StoreBackend.all)
    func rolesAreGrantedAndRevokedOnce(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        #expect(try stores.directory.setRole(.programManager, granted: true, for: ada.id, at: stores.clock.now))
        #expect(try !stores.directory.setRole(.programManager, granted: true, for: ada.id, at: stores.clock.now))
        #expect(try stores.directory.setRole(.ambassador, granted: true, for: ada.id, at: stores.clock.now))
        #expect(try stores.directory.setRole(.ambassador, granted: true, for: ben.id, at: stores.clock.now))
        #expect(try stores.directory.roles(of: ada.id) == [.programManager, .ambassador])
        #expect(try stores.directory.people(withRole: .ambassador).sorted { $0.rawValue < $1.rawValue } == [ada.id, ben.id])
        #expect(try stores.directory.setRole(.ambassador, granted: false, for: ada.id, at: stores.clock.now))
        #expect(try !stores.directory.setRole(.ambassador, granted: false, for: ada.id, at: stores.clock.now))
        #expect(try stores.directory.roles(of: ada.id) == [.programManager])
        #expect(try stores.directory.people(withRole: .ambassador) == [ben.id])
        #expect(try stores.directory.roles(of: PersonID(9_999)).isEmpty)
    }

    @Test(arguments: StoreBackend.all)
    func aChatAccountLinksToOnePersonAndALaterLinkReplacesIt(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let account = ChatIdentity(platform: "slack", workspace: "T1", userID: "U1")
        #expect(try stores.directory.person(identity: account) == nil)
        try stores.directory.link(account, to: ada.id, at: stores.clock.now)
        #expect(try stores.directory.person(identity: account) == ada)
        try stores.directory.link(account, to: ben.id, at: stores.clock.now + 60)
        #expect(try stores.directory.person(identity: account) == ben)
        #expect(try stores.directory.person(identity: ChatIdentity(platform: "slack", workspace: "T2", userID: "U1")) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func aLinkCodeWorksOnceAndOnlyBeforeItExpires(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, ben) = try stores.addPair()
        let now = stores.clock.now
        try stores.directory.saveLinkCode("AAAA2222", for: ada.id, expiresAt: now + 3_600)
        try stores.directory.saveLinkCode("BBBB3333", for: ben.id, expiresAt: now + 3_600)
        #expect(try stores.directory.redeemLinkCode("AAAA2222", at: now + 60) == ada.id)
        #expect(try stores.directory.redeemLinkCode("AAAA2222", at: now + 61) == nil, "single use")
        #expect(try stores.directory.redeemLinkCode("BBBB3333", at: now + 3_600) == nil, "expired")
        #expect(try stores.directory.redeemLinkCode("NOPE", at: now) == nil)
    }

    @Test(arguments: StoreBackend.all)
    func writesInAFailedUnitOfWorkRollBack(_ backend: StoreBackend) throws {
        let stores = try backend.stores()
        let (ada, _) = try stores.addPair()
        let account = ChatIdentity(platform: "slack", workspace: "T1", userID: "U1")
        stores.inFailedTransaction {
            _ = try stores.directory.setRole(.sponsor, granted: true, for: ada.id, at: stores.clock.now)
            try stores.directory.link(account, to: ada.id, at: stores.clock.now)
            try stores.directory.saveLinkCode("CCCC4444", for: ada.id, expiresAt: stores.clock.now + 60)
            try stores.addPeople(["lost@example.com"])
        }
        #expect(try stores.directory.roles(of: ada.id).isEmpty)
        #expect(try stores.directory.person(identity: account) == nil)
        #expect(try stores.directory.redeemLinkCode("CCCC4444", at: stores.clock.now) == nil)
        #expect(try stores.directory.peopleCount() == 2)
    }
}
