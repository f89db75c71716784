import Foundation
import MentorCore

/// Reads a people CSV, validates it against the directory, and applies or previews it.
struct PeopleImportRun {
    let directory: any DirectoryStore
    let planner: PeopleImportPlanner

    struct Outcome {
        var plan: ImportPlan
        /// nil when the plan had problems and was not applied.
        var summary: ImportSummary?
    }

    func run(path: String, dryRun: Bool) throws -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("cannot read \(path): no such file or not readable; check the path", exitCode: ExitCode.noInput)
        }
        let text = String(decoding: data, as: UTF8.self)
        let plan = planner.plan(csv: text) { email in (try? directory.person(email: email)) != nil }
        guard plan.isApplicable else { return Outcome(plan: plan, summary: nil) }
        let summary = dryRun ? try directory.preview(plan) : try directory.apply(plan)
        return Outcome(plan: plan, summary: summary)
    }
}

extension ImportSummary {
    /// `created 12, updated 3, unchanged 285, departed 0`.
    var sentence: String {
        "created \(created), updated \(updated), unchanged \(unchanged), departed \(departed)"
    }
}
