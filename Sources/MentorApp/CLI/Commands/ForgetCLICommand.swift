import Foundation
import MentorCore
import MentorStore

/// `mentord forget EMAIL [--yes]`: erases a person's personal data and keeps anonymous aggregates (audited); safe
/// while the daemon runs.
struct ForgetCLICommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["forget"], arguments: ["EMAIL"],
        options: [.init("yes", "Do not ask for confirmation (for scripts)"), CLIDescriptor.configOption],
        summary: "Erase everything about one person, keeping anonymous counts (right to erasure)",
        discussion: """
            They leave the program as with leave: pairings close and the other person gets the usual kind letter,
            offers move on, meetings with partners are cancelled. Then their name, email, chat accounts, profile,
            reflections, goals, conversations, calendar feed and pending messages are erased; kudos, requests and
            pairings keep their rows (so counts stay right) without text; audit entries keep the action with their
            identifiers replaced. The person stays only as "Former member" with an address at mentord.invalid.
            The database file is then rewritten (secure delete, WAL checkpoint, VACUUM) and scanned byte by byte
            for their email, name and chat ids. Works while mentord serve runs. Cannot be undone: export first
            if they asked for a copy. Recorded in the audit log with the actor cli.
            """,
        examples: ["mentord export alice.nguyen@example.com --out alice.json", "mentord forget alice.nguyen@example.com", "mentord forget alice.nguyen@example.com --yes"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let email = arguments.positionals[0]
        let app = try ConfigResolution.open(arguments, terminal)
        guard let person = try app.directory.person(email: email), !PersonTombstone.isTombstone(person.email) else {
            throw ExportCLICommand.notFound(email)
        }
        let store = SQLitePersonalDataStore(database: app.database)
        let erasure = PersonErasure(services: try app.makeServices(), store: store, catalog: try PromptsDirectory.load(app.config.promptsDirectory))
        let identifiers = try erasure.identifiers(of: person)
        if !arguments.flag("yes") {
            guard try confirm(person, plan: erasure.preview(person), terminal) else {
                terminal.say("nothing changed")
                return ExitCode.failure
            }
        }
        let outcome = try erasure.forget(person, by: "cli")
        let compaction = try app.database.forgetErasedContent()
        let scan = StorageTraceScan(databasePath: app.config.databasePath)
        let traces = try scan.traces(of: identifiers.all)
        app.logger.info(.personForgotten, ["pairings": .int(outcome.withdrawal.pairings.count), "vacuumed": .bool(compaction.vacuumed)])
        terminal.say("""
            forgot \(person.displayName) <\(person.email)>; what remains is \(outcome.tombstone.displayName) <\(outcome.tombstone.email)>
              left the program: \(Self.withdrawalSentence(outcome.withdrawal))
              \(outcome.tally.sentence)
              database file: \(compaction.walTruncated ? "WAL checkpointed and truncated" : "WAL not fully checkpointed (the daemon kept reading)"), VACUUM done
            """)
        let files = scan.files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        guard traces.isEmpty else {
            app.logger.warning(.forgetLeftTraces, ["count": .int(traces.count)])
            terminal.warn("""
                mentord forget: the erase is committed, but the byte scan still finds \(traces.map(\.description).joined(separator: "; ")). \
                The daemon kept old pages in use: stop mentord serve and start it again (its checkpoint rewrites them), \
                and tell the mentord maintainers if a trace is in mentord.sqlite itself.
                """)
            return ExitCode.failure
        }
        let scanned = identifiers.nameIsShared ? "email or chat ids (someone else has the same name, so it stays)" : "email, name or chat ids"
        terminal.say("  byte scan of \(files): no trace of their \(scanned)")
        return ExitCode.success
    }

    /// Says what forgetting ends and asks for the email again; false unless it matches.
    private func confirm(_ person: Person, plan: ProgramWithdrawal.Plan, _ terminal: Terminal) throws -> Bool {
        guard terminal.inputIsInteractive else {
            throw UsageError("mentord forget: confirmation needs a terminal", try: "Run it at a terminal, or pass --yes: mentord forget \(person.email) --yes")
        }
        terminal.say("""
            This erases \(person.displayName) <\(person.email)> for good: \(Self.withdrawalSentence(plan)), \
            then their profile, reflections, goals, chat accounts and messages. It cannot be undone.
            """)
        terminal.output("Type their email again to confirm: ")
        return terminal.readLine()?.trimmingCharacters(in: .whitespaces).lowercased() == person.email.lowercased()
    }

    /// `1 pairing closed (the other person is told), 0 offers passed on, 2 meetings cancelled, 1 circle left`.
    static func withdrawalSentence(_ plan: ProgramWithdrawal.Plan) -> String {
        "\(plan.pairings.count) pairing(s) closed (the other person is told kindly), \(plan.offers.count) offer(s) passed on, "
            + "\(plan.meetings.count) meeting(s) cancelled, \(plan.circles.count) circle(s) left"
            + (plan.request == nil ? "" : ", their open request cancelled")
    }
}
