import MentorCore

/// `mentord import people FILE.csv`: upsert the HRIS export by email, all or nothing.
struct ImportPeopleCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["import", "people"], arguments: ["FILE.csv"],
        options: [
            .init("dry-run", "Validate and show what would change, without writing"),
            .init("partial", "Import the good rows even when some rows are bad"),
            .init("full-sync", "Mark active people missing from the file as departed (their data is kept)"),
            .init("forget-departed-after", value: "DAYS", "With --full-sync, also forget people who left more than DAYS ago (default: people.forget_departed_after_days)"),
            CLIDescriptor.configOption,
        ],
        summary: "Import or update people from an HRIS CSV export",
        discussion: """
            Columns: email, name, manager_email, site, country, timezone, function, team, career_stage,
            hire_date, languages, status, demographics_consent, gender, age_band. email, name and timezone
            are required. People are matched by email, so re-importing the same file changes nothing.
            Every bad row is reported by line number and nothing is imported unless --partial is given.
            """,
        examples: ["mentord import people Config/sample-org.csv --dry-run", "mentord import people hris.csv --full-sync", "mentord import people hris.csv --full-sync --forget-departed-after 365"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let path = arguments.positionals[0]
        let (values, app) = try ConfigResolution.openWithValues(arguments, terminal)
        let planner = PeopleImportPlanner(partial: arguments.flag("partial"), fullSync: arguments.flag("full-sync"))
        let dryRun = arguments.flag("dry-run")
        let importRun = PeopleImportRun(directory: app.directory, planner: planner, report: terminal.warn)
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
}
