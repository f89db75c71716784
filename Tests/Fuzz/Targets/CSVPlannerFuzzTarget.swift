import Foundation
import MentorApp
import MentorCore
import MentorStore
import MentorTesting

/// The people and profile CSV planners, and a people plan applied to a real SQLite directory.
///
/// The first byte picks what runs: bit 0 the people planner (0) or the profile planner (1); for people, bit 1
/// `--partial`, bit 2 `--full-sync` and bit 3 whether the plan is then applied. The rest is the CSV file. The directory
/// holds the first ``seededPeople`` people of `Config/sample-org.csv`, so the profile seeds match someone; an applied
/// plan is rolled back.
public final class CSVPlannerFuzzTarget: FuzzTarget {
    public static let name = "csv"

    static let seededPeople = 40

    private let fuzzed: FuzzedApplication
    private let messages: Messages

    public init() throws {
        let org = try String(contentsOfFile: BuiltProducts.packageRoot + "/Config/sample-org.csv", encoding: .utf8)
        fuzzed = try FuzzedApplication(people: org.split(separator: "\n").prefix(Self.seededPeople + 1).joined(separator: "\n"))
        messages = fuzzed.assistant.messages.localized(to: MessageCatalog.fallbackLanguage)
    }

    public func run(_ input: [UInt8]) {
        var reader = FuzzInput(input)
        let mode = reader.byte()
        let csv = FuzzInput.text(reader.rest)
        if mode & 1 == 1 {
            let app = fuzzed.app
            let planner = ProfileImportPlanner(directory: app.directory, profiles: app.profiles, messages: messages, now: fuzzed.clock.now)
            _ = try? planner.plan(csv: csv)
            return
        }
        let directory = fuzzed.app.directory
        let plan = PeopleImportPlanner(partial: mode & 2 != 0, fullSync: mode & 4 != 0).plan(csv: csv) { email in
            (try? directory.person(email: email)) != nil
        }
        guard mode & 8 != 0, plan.problems.isEmpty else { return }
        fuzzed.rolledBack { _ = try directory.apply(plan) }
    }
}
