import Foundation
import MentorCore

/// Reads a people CSV, validates it against the directory, and applies or previews it.
struct PeopleImportRun {
    let directory: any DirectoryStore
    let planner: PeopleImportPlanner
    /// Where the latest import's day is kept; nil to skip the date-order check (the daemon's first seed).
    var history: (any PersonHistoryStore)? = nil
    /// Where progress lines for large files go; nil for silence.
    var report: (@Sendable (String) -> Void)?

    struct Outcome {
        var plan: ImportPlan
        /// nil when the plan had problems and was not applied.
        var summary: ImportSummary?
    }

    func run(path: String, dryRun: Bool) throws -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("cannot read \(path): no such file or not readable; check the path", exitCode: ExitCode.noInput)
        }
        if let asOf = planner.asOf, let latest = try history?.latestImportDate(), asOf < latest {
            throw CLIFailure(
                "\(path) describes \(asOf), but the directory already holds an import of \(latest); import HR files in date order (--as-of \(latest) or later), so the history stays in order",
                exitCode: ExitCode.dataError
            )
        }
        let text = String(decoding: data, as: UTF8.self)
        let started = Date()
        let plan = planner.plan(csv: text) { email in (try? directory.person(email: email)) != nil }
        let total = plan.records.count
        let large = total >= 10_000
        if large {
            report?("checked \(total + plan.problems.count) rows in \(Self.seconds(since: started)): \(total) good, \(plan.problems.count) bad")
        }
        guard plan.isApplicable else { return Outcome(plan: plan, summary: nil) }
        let report = large ? self.report : nil
        let summary = dryRun
            ? try directory.preview(plan)
            : try directory.apply(plan) { written in report?("writing people: \(written)/\(total)") }
        if large { report?("wrote \(total) people in \(Self.seconds(since: started)) (one transaction)") }
        return Outcome(plan: plan, summary: summary)
    }
}

extension PeopleImportRun {
    static func seconds(since start: Date) -> String {
        String(format: "%.1f s", Date().timeIntervalSince(start))
    }
}

extension ImportSummary {
    /// `created 12, updated 3, unchanged 285, departed 0`.
    var sentence: String {
        "created \(created), updated \(updated), unchanged \(unchanged), departed \(departed)"
    }
}
