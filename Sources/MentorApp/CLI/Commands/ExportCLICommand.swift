import Foundation
import MentorCore
import MentorStore

/// `mentord export EMAIL [--out FILE]`: everything mentord holds about one person, as one JSON document (audited).
struct ExportCLICommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["export"], arguments: ["EMAIL"],
        options: [.init("out", value: "FILE", "Write the JSON to FILE instead of standard output"), CLIDescriptor.configOption],
        summary: "Export everything mentord holds about one person as JSON (data portability)",
        discussion: """
            The document (format mentord.personal-data/1) holds their directory record, profile, chat accounts,
            consent, pairings, requests, offers, meetings, goals, their own reflections, kudos, circles, whether a
            calendar feed is connected (never its address), planned jobs and audit entries about them. Other people
            appear by name only. Anonymous feedback they sent is not included: nothing links it to them. The export
            is recorded in the audit log with the actor cli.
            """,
        examples: ["mentord export alice.nguyen@example.com --out alice.json", "mentord export alice.nguyen@example.com | jq .pairings"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let email = arguments.positionals[0]
        let output = arguments.option("out").map { OutputFile(path: $0, what: "the export") }
        try output?.checkWritable()
        let app = try ConfigResolution.open(arguments, terminal)
        let export = PersonalDataExport(services: try app.makeServices(), store: SQLitePersonalDataStore(database: app.database))
        guard let document = try export.export(email: email, by: "cli") else { throw Self.notFound(email) }
        let json = try document.encodedJSON()
        app.logger.info(.personalDataExported, ["bytes": .int(json.count)])
        guard let output else {
            terminal.output(String(decoding: json, as: UTF8.self) + "\n")
            return ExitCode.success
        }
        do {
            try json.write(to: URL(fileURLWithPath: output.path))
        } catch {
            throw output.failure(writing: error)
        }
        terminal.say("export of \(document.person.displayName) <\(document.person.email)> written to \(output.path) (\(json.count) bytes)")
        return ExitCode.success
    }

    /// No such person, or they were forgotten: both read the same, so an export never confirms who was forgotten.
    static func notFound(_ email: String) -> CLIFailure {
        CLIFailure(
            "not found: no person with email \(email) in the directory; check the spelling (people who were forgotten cannot be found)",
            exitCode: ExitCode.noInput
        )
    }
}
