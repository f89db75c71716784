import Foundation
import MentorCore

/// `mentord import profiles FILE.csv`: pre-fill profiles from an intake survey, for people who consented.
struct ImportProfilesCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["import", "profiles"], arguments: ["FILE.csv"],
        options: [
            .init("dry-run", "Validate and show what would change, without writing"),
            .init("partial", "Import the good rows even when some rows are bad"), CLIDescriptor.configOption,
        ],
        summary: "Import profiles (roles, expertise, goals, capacity…) for people who consented",
        discussion: """
            Columns: email and consented (yes), then any profile field: roles, expertise, interests, goals, languages,
            capacity, hours, quiet, timezone, site, style, formats, bio. Separate several values with ';'. Only rows
            with consented=yes are imported (rows with no are skipped and listed); each value is checked as profile set checks it, and every bad row is
            reported by line. People must already be in the directory (import people first).
            """,
        examples: ["mentord import profiles Config/sample-profiles.csv --dry-run", "mentord import profiles intake.csv"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let path = arguments.positionals[0]
        let app = try ConfigResolution.open(arguments, terminal)
        let (plan, written) = try ProfileImportRun(app: app, catalog: try PromptsDirectory.load(app.config.promptsDirectory)).run(path: path, dryRun: arguments.flag("dry-run"), partial: arguments.flag("partial"))
        for problem in plan.problems { terminal.warn("\(path):\(problem.line): \(problem.message)") }
        for skipped in plan.skipped { terminal.warn("\(path):\(skipped.line): skipped: \(skipped.message)") }
        guard written || arguments.flag("dry-run") && plan.problems.isEmpty else {
            terminal.warn("nothing imported: \(plan.problems.count) problem(s). Fix the rows above, or pass --partial to import the \(plan.profiles.count) good row(s).")
            return ExitCode.dataError
        }
        let skippedNote = plan.skipped.isEmpty ? "" : "; \(plan.skipped.count) row(s) skipped without consent"
        terminal.say("\(arguments.flag("dry-run") ? "would import" : "imported") \(plan.profiles.count) profile(s) from \(path)\(skippedNote)")
        return plan.problems.isEmpty ? ExitCode.success : ExitCode.dataError
    }
}
