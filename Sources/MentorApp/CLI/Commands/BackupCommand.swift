import Foundation
import MentorCore
import MentorStore

/// `mentord backup FILE`: a consistent copy of the live database through SQLite's online backup API.
struct BackupCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["backup"], arguments: ["FILE"], options: [CLIDescriptor.configOption],
        summary: "Copy the live database to FILE, safely while the daemon runs",
        discussion: "Uses SQLite's online backup API, so the copy is consistent even while mentord serves. FILE must not exist.",
        examples: ["mentord backup var/backup-2026-11-25.sqlite"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let target = arguments.positionals[0]
        try OutputFile(path: target, what: "the backup").checkWritable()
        let app = try ConfigResolution.open(arguments, terminal)
        try app.database.backup(to: target)
        let size = (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
        app.logger.info(.backupWritten, ["file": .string(target), "bytes": .int(size)])
        terminal.say("backup written to \(target) (\(size) bytes)")
        return ExitCode.success
    }
}
