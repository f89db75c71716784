import Foundation
import MentorCore
import MentorStore

/// `mentord import people FILE.csv`: upsert the HRIS export by email, all or nothing.
struct ImportPeopleCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["import", "people"], arguments: ["FILE.csv"],
        options: [
            .init("dry-run", "Validate and show what would change, without writing"),
            .init("partial", "Import the good rows even when some rows are bad"),
            .init("full-sync", "Mark active people missing from the file as departed (their data is kept)"),
            .init("forget-departed-after", value: "DAYS", "With --full-sync, also forget people who left more than DAYS ago (default: people.forget_departed_after_days)"),
            .init("as-of", value: "YYYY-MM-DD", "The day the file describes, which dates the HR history it reveals (default: today, UTC; never in the future)"),
            CLIDescriptor.configOption,
        ],
        summary: "Import or update people from an HRIS CSV export",
        discussion: """
            Columns: email, name, manager_email, site, country, timezone, function, team, career_stage,
            hire_date, languages, status, demographics_consent, gender, age_band, termination_date,
            last_promotion_date. email, name and timezone are required. People are matched by email, so
            re-importing the same file changes nothing. Every bad row is reported by line number and nothing
            is imported unless --partial is given. Each import keeps a dated history of everyone's status and
            career stage: changes are dated on the --as-of day unless termination_date or last_promotion_date
            give the exact day. Import files in date order: an --as-of before the latest import is refused.
            """,
        examples: [
            "mentord import people Config/sample-org.csv --dry-run", "mentord import people hris.csv --full-sync",
            "mentord import people hris.csv --full-sync --forget-departed-after 365",
            "mentord import people hris-2025-01-31.csv --full-sync --as-of 2025-01-31",
        ]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let path = arguments.positionals[0]
        let typedDay = try Self.asOf(arguments)
        let (values, app) = try ConfigResolution.openWithValues(arguments, terminal)
        let today = CalendarDate(app.clock.now, in: .gmt)
        if let typedDay, typedDay > today {
            throw UsageError("mentord import people: --as-of \(typedDay) is in the future (today is \(today), UTC); an import describes a day that has happened",
                             try: "mentord import people \(path) --as-of \(today)")
        }
        let planner = PeopleImportPlanner(partial: arguments.flag("partial"), fullSync: arguments.flag("full-sync"), asOf: typedDay ?? today)
        let dryRun = arguments.flag("dry-run")
        let importRun = PeopleImportRun(
            directory: app.directory, planner: planner, history: SQLitePersonHistoryStore(database: app.database), report: terminal.warn
        )
        let outcome = try importRun.run(path: path, dryRun: dryRun)
        for problem in outcome.plan.problems {
            terminal.warn("\(path):\(problem.line): \(problem.message)")
        }
        guard let summary = outcome.summary else {
            app.logger.warning(.importRejected, ["file": .string(path), "problems": .int(outcome.plan.problems.count)])
            terminal.warn(
                "nothing imported: \(outcome.plan.problems.count) problem(s). Fix the rows above, "
                    + "or pass --partial to import the \(outcome.plan.records.count) good row(s)."
            )
            return ExitCode.dataError
        }
        let verb = dryRun ? "would import" : "imported"
        terminal.say("\(verb) \(outcome.plan.records.count) people from \(path): \(summary.sentence)")
        if arguments.flag("full-sync"), let days = try DepartedForgetting.days(arguments, values) {
            let forgotten = try DepartedForgetting(app: app, days: days).run(dryRun: dryRun)
            terminal.say("\(dryRun ? "would forget" : "forgot") \(forgotten) people who left more than \(days) days ago")
        }
        if !dryRun {
            app.logger.info(.importApplied, ["file": .string(path), "created": .int(summary.created), "updated": .int(summary.updated)])
        }
        return outcome.plan.problems.isEmpty ? ExitCode.success : ExitCode.dataError
    }

    /// The day typed after `--as-of`, when there is one.
    static func asOf(_ arguments: ParsedArguments) throws(UsageError) -> CalendarDate? {
        guard let typed = arguments.option("as-of") else { return nil }
        guard let day = CalendarDate(iso: typed) else {
            throw UsageError("mentord import people: --as-of takes a day written YYYY-MM-DD, not \"\(typed)\"",
                             try: "mentord import people hris.csv --as-of 2025-01-31")
        }
        return day
    }
}
