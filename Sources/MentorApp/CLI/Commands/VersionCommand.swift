import MentorStore

/// `mentord version`.
struct VersionCommand: CLICommand {
    /// The release version of this build.
    static let version = "0.1.0"

    static let descriptor = CLIDescriptor(["version"], summary: "Print the version, schema version and SQLite version")

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        terminal.say("mentord \(VersionCommand.version) (schema \(Migrator().latestVersion), SQLite \(Database.sqliteVersion))")
        return ExitCode.success
    }
}
