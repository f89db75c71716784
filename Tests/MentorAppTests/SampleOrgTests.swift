import Foundation
import MentorCore
import MentorTesting
import Testing

/// `Config/sample-org.csv` is what the seeded generator writes, and it has the spread the docs promise.
@Suite struct SampleOrgTests {
    let committed = BuiltProducts.packageRoot + "/Config/sample-org.csv"

    @Test func theCommittedFileIsExactlyWhatTheGeneratorWrites() throws {
        let folder = TemporaryDirectory()
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = [
            "python3", BuiltProducts.packageRoot + "/scripts/generate-sample-org", "--out", folder.file("org.csv"), "--profiles-out", folder.file("profiles.csv"),
        ]
        generator.standardError = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        #expect(FileManager.default.contents(atPath: folder.file("org.csv")) == FileManager.default.contents(atPath: committed))
        let profiles = BuiltProducts.packageRoot + "/Config/sample-profiles.csv"
        #expect(FileManager.default.contents(atPath: folder.file("profiles.csv")) == FileManager.default.contents(atPath: profiles))
    }

    @Test func itSpansSitesContinentsFunctionsStagesAndManagerChains() throws {
        let text = try String(contentsOfFile: committed, encoding: .utf8)
        let plan = PeopleImportPlanner().plan(csv: text) { _ in false }
        #expect(plan.problems.isEmpty)
        let people = plan.records
        #expect((250...350).contains(people.count))
        #expect(Set(people.map(\.site)).count >= 8)
        let continents = Set(people.map { $0.timeZoneID.split(separator: "/").first.map(String.init) ?? "" })
        #expect(continents.count >= 4, "\(continents)")
        let offsets = Set(people.compactMap { TimeZone(identifier: $0.timeZoneID)?.secondsFromGMT() })
        #expect(offsets.contains { $0 % 3600 != 0 }, "a +5:30 or +5:45 site")
        #expect(Set(people.map(\.function)).count >= 6)
        #expect(Set(people.map(\.careerStage)).count == 5)
        let managerOf = Dictionary(uniqueKeysWithValues: people.map { ($0.email, $0.managerEmail) })
        let depths = people.map { person in
            var depth = 0
            var current = person.managerEmail
            while let manager = current { depth += 1; current = managerOf[manager] ?? nil }
            return depth
        }
        #expect(depths.max()! >= 4, "chains from early career up to the CEO")
        #expect(Set(people.flatMap(\.languages)).count >= 6)
        #expect(people.contains { $0.email == "alice.nguyen@example.com" } && people.contains { $0.email == "bruno.silva@example.com" })
    }
}
