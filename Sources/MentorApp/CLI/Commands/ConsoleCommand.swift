import ChatPlatforms
import MentorCore
import MentorStore

/// `mentord console --as EMAIL`: chat with mentord in the terminal, against the same core and store as the daemon.
struct ConsoleCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["console"], options: [.init("as", value: "EMAIL", required: true, "Whose account to use: their work email as in the directory"), CLIDescriptor.configOption],
        summary: "Chat with mentord in the terminal as one person",
        discussion: "Type the same commands as in chat (help, whoami, …); /mentor and !mentor prefixes are accepted. Works with piped input, one command per line. quit or end of input leaves.",
        examples: ["mentord console --as alice.nguyen@example.com", "printf 'help\\n' | mentord console --as alice.nguyen@example.com"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let email = arguments.option("as") ?? ""
        let app = try ConfigResolution.open(arguments, terminal)
        let chat = try ConsoleSession.open(app: app, email: email)
        chat.run(interactive: terminal.inputIsInteractive, width: terminal.columns, readLine: terminal.readLine, write: terminal.output)
        return ExitCode.success
    }
}

/// Opens a console chat for one person, refusing emails the directory does not know.
enum ConsoleSession {
    static func open(app: MentorApplication, email: String) throws(CLIFailure) -> ConsoleChat {
        let assistant = try app.makeAssistant()
        let known = (try? app.directory.person(email: email)) ?? nil
        guard known != nil else {
            let count = (try? app.directory.peopleCount()) ?? 0
            let hint = count == 0
                ? "the directory is empty; import people first: mentord import people Config/sample-org.csv"
                : "check the spelling, or import them with mentord import people FILE.csv"
            throw CLIFailure("no person with email \(email) in the directory (\(count) people); \(hint)", exitCode: ExitCode.noInput)
        }
        app.logger.info(.consoleAttached, [:])
        // The same pipeline as the daemon's platforms: a command's writes and messages commit together.
        return ConsoleChat(email: email, handle: InboxPipeline(app: app, assistant: assistant, wake: {}).replies)
    }
}
