import MentorCore
import MentorStore
import MentorTesting
import Testing

@Suite struct SQLiteDirectoryTests {
    let folder = TemporaryDirectory()
    let header = "email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status,demographics_consent,gender,age_band"

    func openDirectory() throws -> (Database, SQLiteDirectory) {
        let database = try Database(path: folder.file("people.sqlite"))
        try Migrator().migrate(database)
        return (database, SQLiteDirectory(database: database, clock: FakeClock()))
    }

    func plan(_ rows: [String], fullSync: Bool = false, directory: SQLiteDirectory) -> ImportPlan {
        PeopleImportPlanner(fullSync: fullSync).plan(csv: ([header] + rows).joined(separator: "\n")) { email in
            (try? directory.person(email: email)) != nil
        }
    }

    let org = [
        "ceo@example.com,Cleo Eze,,Lagos,NG,Africa/Lagos,Executive,Office,executive,2015-01-05,en,active,yes,woman,45-54",
        "vp@example.com,Vik Patel,ceo@example.com,Bengaluru,IN,Asia/Kolkata,Engineering,Core,lead,2018-03-01,en;hi,active,no,,",
        "dev@example.com,Dev Ortiz,vp@example.com,São Paulo,BR,America/Sao_Paulo,Engineering,Core,early,2025-09-01,pt;en,active,,,",
    ]

    @Test func importWritesPeopleWithManagersAndIsIdempotent() throws {
        let (_, directory) = try openDirectory()
        #expect(try directory.apply(plan(org, directory: directory)) == ImportSummary(created: 3))
        let dev = try #require(try directory.person(email: "DEV@example.com"))
        let vp = try #require(try directory.person(email: "vp@example.com"))
        #expect(dev.managerID == vp.id)
        #expect(dev.languages == ["pt", "en"])
        #expect(dev.timeZoneID == "America/Sao_Paulo")
        #expect(dev.hireDate == CalendarDate(iso: "2025-09-01"))
        #expect(try directory.apply(plan(org, directory: directory)) == ImportSummary(unchanged: 3))
        #expect(try directory.peopleCount() == 3)
    }

    @Test func changedFieldsAndManagersCountAsUpdates() throws {
        let (_, directory) = try openDirectory()
        _ = try directory.apply(plan(org, directory: directory))
        var changed = org
        changed[2] = "dev@example.com,Dev Ortiz,ceo@example.com,São Paulo,BR,America/Sao_Paulo,Engineering,Core,mid,2025-09-01,pt;en,active,,,"
        #expect(try directory.apply(plan(changed, directory: directory)) == ImportSummary(updated: 1, unchanged: 2))
        let dev = try #require(try directory.person(email: "dev@example.com"))
        #expect(dev.careerStage.description == "mid")
        #expect(dev.managerID == (try directory.person(email: "ceo@example.com"))?.id)
    }

    @Test func fullSyncMarksMissingPeopleAsDepartedButKeepsThem() throws {
        let (_, directory) = try openDirectory()
        _ = try directory.apply(plan(org, directory: directory))
        let summary = try directory.apply(plan(Array(org.prefix(2)), fullSync: true, directory: directory))
        #expect(summary.departed == 1)
        #expect(try directory.person(email: "dev@example.com")?.status == .left)
        #expect(try directory.peopleCount() == 3)
    }

    @Test func demographicsAreStoredOnlyWithConsentAndDeletedWhenItIsWithdrawn() throws {
        let (database, directory) = try openDirectory()
        _ = try directory.apply(plan(org, directory: directory))
        let count = { try database.read { try $0.queryFirst("SELECT COUNT(*) FROM demographics") { $0.int(0) } } }
        #expect(try count() == 1)
        var withdrawn = org
        withdrawn[0] = "ceo@example.com,Cleo Eze,,Lagos,NG,Africa/Lagos,Executive,Office,executive,2015-01-05,en,active,no,woman,45-54"
        _ = try directory.apply(plan(withdrawn, directory: directory))
        #expect(try count() == 0)
    }

    @Test func aPreviewChangesNothing() throws {
        let (_, directory) = try openDirectory()
        #expect(try directory.preview(plan(org, directory: directory)) == ImportSummary(created: 3))
        #expect(try directory.peopleCount() == 0)
    }

    @Test func backupIsAConsistentCopy() throws {
        let (database, directory) = try openDirectory()
        _ = try directory.apply(plan(org, directory: directory))
        let target = folder.file("backup.sqlite")
        try database.backup(to: target)
        let copy = try Database(path: target)
        #expect(try copy.integrityCheck() == "ok")
        #expect(try SQLiteDirectory(database: copy, clock: FakeClock()).peopleCount() == 3)
        #expect(throws: StoreError.backupTargetExists(path: target)) { try database.backup(to: target) }
    }
}
