import MentorCore
import MentorStore

/// The `mentord` command line: finds the subcommand, parses its arguments, runs it, maps errors to exit codes.
public enum MentordCLI {
    /// Every subcommand, in the order `mentord help` lists them.
    static let commands: [any CLICommand] = [
        ServeCommand(), ConsoleCommand(), ImportPeopleCommand(), ImportProfilesCommand(), LinkCLICommand(), RoleCLICommand(), OutboxListCommand(), OutboxRetryCommand(), DiscordRegisterCommand(),
        MatchRunCommand(), MatchRotateCommand(), MatchExportCommand(), MatchSolveCommand(), MigrateCommand(), BackupCommand(),
        ConfigCheckCommand(), VersionCommand(), HelpCLICommand(),
        ExportCLICommand(), ForgetCLICommand(),
        DashboardLinkCLICommand(),
    ]

    /// Runs `mentord` with `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], terminal: Terminal = .process) -> Int32 {
        do {
            return try dispatch(arguments, terminal)
        } catch let error as UsageError {
            terminal.warn(error.description)
            return ExitCode.usage
        } catch let error as CLIFailure {
            terminal.warn("mentord: " + error.message)
            return error.exitCode
        } catch let error as StoreError {
            terminal.warn("mentord: " + error.description)
            return error.exitCode
        } catch {
            terminal.warn("mentord: unexpected error: \(error)")
            return ExitCode.software
        }
    }

    private static func dispatch(_ arguments: [String], _ terminal: Terminal) throws -> Int32 {
        if arguments.isEmpty || ["--help", "-h"].contains(arguments[0]) {
            terminal.say(overview())
            return arguments.isEmpty ? ExitCode.usage : ExitCode.success
        }
        if ["--version", "-V"].contains(arguments[0]) { return try VersionCommand().run(try ParsedArguments([], for: VersionCommand.descriptor), terminal) }
        guard let (command, rest) = command(for: arguments) else {
            // `mentord match` alone: show what follows it.
            if let group = group(named: Array(arguments.prefix(1))) {
                terminal.warn(group)
                return ExitCode.usage
            }
            throw unknownCommandError(arguments.prefix(2).joined(separator: " "))
        }
        if rest.contains("--help") || rest.contains("-h") {
            terminal.say(HelpCLICommand.detail(command.descriptor))
            return ExitCode.success
        }
        return try command.run(try ParsedArguments(rest, for: command.descriptor), terminal)
    }

    /// The subcommand named by the leading words, and the words after it.
    static func command(for words: [String]) -> (any CLICommand, [String])? {
        let candidates = commands.filter { words.starts(with: $0.descriptor.words) }
        guard let best = candidates.max(by: { $0.descriptor.words.count < $1.descriptor.words.count }) else { return nil }
        return (best, Array(words.dropFirst(best.descriptor.words.count)))
    }

    /// The subcommands that start with `words` (`match` → `match run`, `match rotate`…), listed; nil when none do.
    static func group(named words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        let members = commands.filter { $0.descriptor.words.count > words.count && $0.descriptor.words.starts(with: words) }
        guard !members.isEmpty else { return nil }
        let name = words.joined(separator: " ")
        let width = members.map(\.descriptor.name.count).max() ?? 0
        let lines = members.map { member in
            "  mentord " + member.descriptor.name + String(repeating: " ", count: width - member.descriptor.name.count + 2) + member.descriptor.summary
        }
        let example = members[0].descriptor.name
        return (["mentord \(name) needs a subcommand:"] + lines + ["", "Run mentord help \(example) for its options and examples."])
            .joined(separator: "\n")
    }

    static func unknownCommandError(_ typed: String) -> UsageError {
        let names = commands.map(\.descriptor.name)
        let guess = Suggestion.closest(to: typed, among: names)
            ?? Suggestion.closest(to: String(typed.split(separator: " ").first ?? ""), among: names)
            ?? names.first { $0.hasPrefix(typed.split(separator: " ").first.map(String.init) ?? "~") }
        return UsageError(
            "mentord: unknown command \"\(typed)\"",
            try: guess.map { "Did you mean: mentord \($0)? Run mentord help for the list." } ?? "Run mentord help for the list of commands."
        )
    }

    /// The generated command list.
    static func overview() -> String {
        let width = commands.map(\.descriptor.name.count).max() ?? 0
        let lines = commands.map { command in
            "  " + command.descriptor.name + String(repeating: " ", count: width - command.descriptor.name.count + 2)
                + command.descriptor.summary
        }
        return (["mentord — the mentorship assistant daemon", "", "Usage: mentord COMMAND [OPTIONS]", "", "Commands:"]
            + lines + ["", "Run mentord help COMMAND for options and examples."]).joined(separator: "\n")
    }
}
