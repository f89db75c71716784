import Foundation
import MentorApp
import MentorCore
import MentorStore
import MentorTesting

/// The whole application over a fresh SQLite file, as ``ChatHarness`` builds it (the repository's prompts, synonyms,
/// programs and holidays, a fake clock), but with a logger that keeps nothing: a recording logger grows with every
/// input, and libFuzzer then stops to scan for leaks after each one.
struct FuzzedApplication {
    let folder = TemporaryDirectory()
    let clock = FakeClock()
    let app: MentorApplication
    let assistant: MentorAssistant

    /// The application with the people of `csv` imported.
    init(people csv: String) throws {
        let root = BuiltProducts.packageRoot
        let values = try ConfigLoader(environment: [
            "MENTORD_DATA_DIR": folder.path, "MENTORD_PROMPTS_DIR": root + "/Prompts",
            "MENTORD_CATALOG_SYNONYMS_FILE": root + "/Config/synonyms.json",
            "MENTORD_MATCHING_PROGRAMS_FILE": root + "/Config/programs.json",
            "MENTORD_COMMUNITY_CHANNELS_FILE": "",
            "MENTORD_SCHEDULING_HOLIDAYS_DIR": root + "/Config/holidays",
            "MENTORD_SCHEDULING_PUBLIC_URL": "http://127.0.0.1:8080",
        ]).load(file: nil)
        app = try MentorApplication(config: MentorConfig(values), logger: SilentLogger(), clock: clock)
        assistant = try app.makeAssistant()
        let plan = PeopleImportPlanner().plan(csv: csv) { _ in false }
        guard plan.problems.isEmpty else { throw SetupFailure(problems: plan.problems.map(\.description)) }
        _ = try app.directory.apply(plan)
    }

    /// Grants `role` to `email` as the operator would.
    func grant(_ role: Role, to email: String) throws {
        guard let person = try app.directory.person(email: email) else { throw SetupFailure(problems: ["no \(email)"]) }
        _ = try app.access.setRole(role, granted: true, for: person, by: "cli", at: clock.now)
    }

    /// Runs `body` in a transaction and rolls everything it wrote back, so the next input finds the same state.
    func rolledBack(_ body: () throws -> Void) {
        try? app.transaction {
            try body()
            throw RolledBack()
        }
    }

    struct SetupFailure: Error {
        let problems: [String]
    }

    private struct RolledBack: Error {}
}
