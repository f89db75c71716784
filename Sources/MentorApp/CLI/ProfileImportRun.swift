import Foundation
import MentorCore
import MentorStore

/// Reads, plans and writes a profile import in one transaction; shared by the CLI and `serve`'s sample seeding.
struct ProfileImportRun {
    let app: MentorApplication
    /// For the messages of rejected values (in English).
    let catalog: MessageCatalog

    /// Returns the plan and whether it was written.
    func run(path: String, dryRun: Bool, partial: Bool) throws -> (ProfileImportPlanner.Plan, Bool) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("cannot read \(path); check the path", exitCode: ExitCode.noInput)
        }
        let planner = ProfileImportPlanner(
            directory: app.directory, profiles: app.profiles, messages: catalog.localized(to: MessageCatalog.fallbackLanguage), now: app.clock.now
        )
        let plan = try planner.plan(csv: String(decoding: data, as: UTF8.self))
        guard !dryRun, plan.problems.isEmpty || partial else { return (plan, false) }
        try app.transaction {
            for profile in plan.profiles { try app.profiles.save(profile) }
        }
        return (plan, true)
    }
}
