import MentorCore

/// `mentord help [COMMAND]`, generated from the subcommand descriptors.
struct HelpCLICommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["help"], optionalArguments: ["COMMAND", "SUBCOMMAND"], summary: "Show the commands, or the details of one",
        examples: ["mentord help", "mentord help match", "mentord help import people"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        guard !arguments.positionals.isEmpty else {
            terminal.say(MentordCLI.overview())
            return ExitCode.success
        }
        // `mentord help "match run"` names the command in one argument.
        let words = arguments.positionals.flatMap { $0.split(separator: " ").map(String.init) }
        if MentordCLI.command(for: words)?.1.isEmpty != true, let group = MentordCLI.group(named: words) {
            terminal.say(group)
            return ExitCode.success
        }
        guard let (command, rest) = MentordCLI.command(for: words), rest.isEmpty else {
            throw MentordCLI.unknownCommandError(words.joined(separator: " "))
        }
        terminal.say(HelpCLICommand.detail(command.descriptor))
        return ExitCode.success
    }

    static func detail(_ descriptor: CLIDescriptor) -> String {
        var lines = ["mentord \(descriptor.name) — \(descriptor.summary)", "", "Usage: mentord \(descriptor.usage)"]
        if let discussion = descriptor.discussion { lines += ["", discussion] }
        if !descriptor.options.isEmpty {
            lines += ["", "Options:"]
            let labels = descriptor.options.map { "--\($0.name)" + ($0.valueName.map { " " + $0 } ?? "") }
            let width = labels.map(\.count).max() ?? 0
            for (label, option) in zip(labels, descriptor.options) {
                lines.append("  " + label + String(repeating: " ", count: width - label.count + 2) + option.summary)
            }
        }
        if !descriptor.examples.isEmpty { lines += ["", "Examples:"] + descriptor.examples.map { "  " + $0 } }
        return lines.joined(separator: "\n")
    }
}
