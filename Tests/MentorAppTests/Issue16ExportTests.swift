import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// `mentord export EMAIL` and the full-sync forgetting, run in-process on the sample organisation.
@Suite struct Issue16ExportTests {
    let folder = TemporaryDirectory()
    var environment: [String: String] {
        ["MENTORD_DATA_DIR": folder.file("data"), "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning"]
    }

    func run(_ arguments: [String], input: [String] = []) -> (Int32, CapturedTerminal) {
        let captured = CapturedTerminal(environment: environment, input: input)
        return (MentordCLI.run(arguments, terminal: captured.terminal), captured)
    }

    /// Amaka (mentee) and Lea (mentor) are paired, have met, reflect and thank each other.
    func pairedSampleOrg() {
        #expect(run(["import", "people", BuiltProducts.packageRoot + "/Config/sample-org.csv"]).0 == 0)
        #expect(run(["import", "profiles", BuiltProducts.packageRoot + "/Config/sample-profiles.csv"]).0 == 0)
        _ = run(["console", "--as", "amaka.okafor@example.com"], input: [
            "request public speaking", "goal add Speak at the all-hands", "reflect", "Amaka learned to pause", "skip", "skip",
        ])
        _ = run(["console", "--as", "lea.evans@example.com"], input: [
            "accept 1", "schedule @amaka.okafor@example.com", "book 1", "kudos @amaka.okafor@example.com clear and calm talk",
            "reflect", "Lea private thought about Amaka", "skip", "skip",
        ])
        _ = run(["console", "--as", "amaka.okafor@example.com"], input: ["kudos @lea.evans@example.com thank you"])
    }

    @Test func issue16ExportHasEverySectionAndNoOneElsesPrivateData() throws {
        pairedSampleOrg()
        let (status, terminal) = run(["export", "amaka.okafor@example.com", "--out", folder.file("amaka.json")])
        #expect(status == 0, "\(terminal.standardError)")
        #expect(terminal.standardOutput.contains("export of Amaka Okafor <amaka.okafor@example.com> written to"))
        let data = try Data(contentsOf: URL(fileURLWithPath: folder.file("amaka.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sections = [
            "format", "exportedAt", "person", "profile", "chatAccounts", "consent", "pairings", "requests", "offers", "meetings", "goals",
            "reflections", "kudos", "circles", "calendarFeed", "jobs", "auditEntries", "notIncluded", "employmentHistory",
        ]
        #expect(Set(json.keys) == Set(sections), "\(json.keys.sorted())")
        #expect(json["format"] as? String == "mentord.personal-data/1")
        #expect(json["calendarFeed"] as? String == "not connected")

        let document = try JSONDecoder.iso8601.decode(PersonalDataDocument.self, from: data)
        #expect(document.person.email == "amaka.okafor@example.com" && document.person.manager == "Chinedu Obi")
        #expect(document.profile?.expertise.isEmpty == false)
        #expect(document.chatAccounts.map(\.platform) == ["console"])
        #expect(document.consent.demographics?.ageBand == "55+", "her own demographics, from the CSV")
        #expect(document.pairings.map { "\($0.role) with \($0.partner), \($0.status)" } == ["mentee with Lea Evans, active"])
        #expect(document.requests.map(\.topic) == ["public speaking"])
        #expect(document.offers.map { "\($0.role) \($0.otherPerson) \($0.status)" } == ["mentee Lea Evans accepted"])
        #expect(document.meetings.map { "\($0.role) with \($0.with) \($0.status)" } == ["attendee with [\"Lea Evans\"] scheduled"])
        #expect(document.goals.map(\.text) == ["Speak at the all-hands"])
        #expect(document.reflections.flatMap(\.answers).contains("Amaka learned to pause"))
        #expect(document.kudos.received.map(\.message) == ["clear and calm talk"])
        #expect(document.kudos.given.map { "\($0.person): \($0.message)" } == ["Lea Evans: thank you"])
        #expect(!document.jobs.isEmpty, "the meeting's reminder and the pairing's check-ins")

        // Lea's reflection, email and demographics are hers.
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("Lea private thought"))
        #expect(!text.contains("lea.evans@example.com"))
        #expect(text.components(separatedBy: "\"ageBand\"").count == 2, "one set of demographics: hers")

        // The export is audited, and the next export lists it.
        let again = run(["export", "amaka.okafor@example.com"]).1.standardOutput
        let later = try JSONDecoder.iso8601.decode(PersonalDataDocument.self, from: Data(again.utf8))
        #expect(later.auditEntries.map { "\($0.actor) \($0.action) \($0.subject)" } == ["cli export-personal-data amaka.okafor@example.com"])
    }

    @Test func issue16ExportOfNobodyIsNotFoundWithAHint() {
        _ = run(["import", "people", BuiltProducts.packageRoot + "/Config/sample-org.csv"])
        let (status, terminal) = run(["export", "nobody@example.com"])
        #expect(status == 66)
        #expect(terminal.standardError.contains("not found: no person with email nobody@example.com in the directory; check the spelling"))
    }

    @Test func issue16ForgetAsksForTheEmailAgainUnlessYes() {
        pairedSampleOrg()
        let (refused, terminal) = run(["forget", "lea.evans@example.com"])
        #expect(refused == 64)
        #expect(terminal.standardError.contains("pass --yes"), "\(terminal.standardError)")
        let (status, forgot) = run(["forget", "lea.evans@example.com", "--yes"])
        #expect(status == 0, "\(forgot.standardError)")
        #expect(forgot.standardOutput.contains("what remains is Former member <forgotten+"))
        #expect(forgot.standardOutput.contains("someone else has the same name"), "the sample org has three Lea Evans: \(forgot.standardOutput)")
        #expect(run(["forget", "lea.evans@example.com", "--yes"]).0 == 66, "forgotten once")
        let amaka = try? JSONDecoder.iso8601.decode(PersonalDataDocument.self, from: Data(run(["export", "amaka.okafor@example.com"]).1.standardOutput.utf8))
        #expect(amaka?.pairings.map { "\($0.partner) \($0.status)" } == ["Former member ended"])
        #expect(amaka?.kudos.received.map(\.message) == [""], "the count stays, the text about Lea goes")
    }

    @Test func issue16ForgetDepartedOnFullSyncAfterTheConfiguredDays() throws {
        _ = run(["import", "people", BuiltProducts.packageRoot + "/Config/sample-org.csv"])
        let csv = try String(contentsOfFile: BuiltProducts.packageRoot + "/Config/sample-org.csv", encoding: .utf8)
        let without = csv.split(separator: "\n").filter { !$0.hasPrefix("amaka.okafor@") && !$0.hasPrefix("chinedu.obi@") }.joined(separator: "\n")
        try Data(without.utf8).write(to: URL(fileURLWithPath: folder.file("hris.csv")))
        let (_, first) = run(["import", "people", folder.file("hris.csv"), "--full-sync", "--forget-departed-after", "30"])
        #expect(first.standardOutput.contains("departed 2"), "\(first.standardOutput)\(first.standardError)")
        #expect(first.standardOutput.contains("forgot 0 people who left more than 30 days ago"), "they just left")
        // Forty days later (the row's last change moved back), the next full sync forgets them.
        let database = try Database(path: folder.file("data") + "/mentord.sqlite")
        try database.write {
            try $0.execute("UPDATE people SET updated_at = updated_at - 40 * 86400 WHERE email IN ('amaka.okafor@example.com', 'chinedu.obi@example.com')")
        }
        let (_, dry) = run(["import", "people", folder.file("hris.csv"), "--full-sync", "--forget-departed-after", "30", "--dry-run"])
        #expect(dry.standardOutput.contains("would forget 2 people"), "\(dry.standardOutput)")
        let (status, second) = run(["import", "people", folder.file("hris.csv"), "--full-sync", "--forget-departed-after", "30"])
        #expect(status == 0)
        #expect(second.standardOutput.contains("forgot 2 people who left more than 30 days ago"), "\(second.standardOutput)")
        #expect(run(["export", "amaka.okafor@example.com"]).0 == 66)
        #expect(run(["export", "chinedu.obi@example.com"]).0 == 66)
        #expect(try database.read { try $0.queryFirst("SELECT COUNT(*) FROM people") { $0.int(0) } } == 300, "tombstones keep the count")
    }
}

extension JSONDecoder {
    static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
