import MentorStore

/// `mentord migrate`: apply pending schema migrations and report the schema version.
struct MigrateCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["migrate"], options: [CLIDescriptor.configOption],
        summary: "Apply pending database migrations (serve also does this at start-up)",
        examples: ["mentord migrate", "MENTORD_DATA_DIR=/var/lib/mentord mentord migrate"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let app = try ConfigResolution.open(arguments, terminal)
        let version = try Migrator().currentVersion(of: app.database)
        terminal.say("\(app.config.databasePath): schema version \(version) (latest this mentord knows: \(Migrator().latestVersion))")
        return ExitCode.success
    }
}
