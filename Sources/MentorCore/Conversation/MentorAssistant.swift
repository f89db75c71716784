/// Turns one ``Incoming`` into replies: who is asking, which command, may they, and what it says.
public struct MentorAssistant: Sendable {
    /// Longer messages are refused before anything else happens.
    public static let maximumMessageLength = 4000

    public let services: MentorServices
    public let registry: CommandRegistry
    public let messages: MessageCatalog

    /// The multi-step conversations a person can be in; the open one reads their next lines first.
    static let flows: [any ConversationFlow.Type] = [JoinFlow.self, ProfileReviewFlow.self, LeaveFlow.self, ReflectionFlow.self]

    public init(services: MentorServices, registry: CommandRegistry, messages: MessageCatalog) {
        var services = services
        services.messenger = ReaderLanguageMessenger(wrapping: services.messenger, profiles: services.profiles, catalog: messages)
        self.services = services
        self.registry = registry
        self.messages = messages
    }

    /// Handles a message or button click. Never throws: every failure becomes a reply the person can act on.
    public func handle(_ incoming: Incoming) -> [Reply] {
        respond(to: incoming, readOnly: false) ?? []
    }

    /// Answers a command whose action is declared read-only, from someone whose open conversation would not take the
    /// line as an answer; nil for everything else, which the caller then handles in a transaction.
    ///
    /// It costs no more than ``handle(_:)``: the sender and their conversation are looked up once, by the answer itself.
    public func handleIfReadOnly(_ incoming: Incoming) -> [Reply]? {
        guard isReadOnlyCommand(incoming) else { return nil }
        return respond(to: incoming, readOnly: true)
    }

    /// Whether `incoming` is a command line whose action is declared read-only (whatever the sender's conversation).
    public func isReadOnlyCommand(_ incoming: Incoming) -> Bool {
        guard case .command(let line) = incoming.content, let invocation = CommandInvocation(parsing: line) else { return false }
        return registry.command(named: invocation.name)?.descriptor.isReadOnly(invocation) == true
    }

    private func respond(to incoming: Incoming, readOnly: Bool) -> [Reply]? {
        let english = messages.localized(to: MessageCatalog.fallbackLanguage)
        let caller: Person
        do {
            guard let person = try resolveSender(incoming) else {
                if case .command(let line) = incoming.content, let invocation = CommandInvocation(parsing: line),
                    invocation.name == LinkCommand.descriptor.name, invocation.arguments.count == 1
                {
                    let argument = invocation.arguments[0]
                    guard argument.contains("@") else { return [try redeem(argument, incoming: incoming, messages: english)] }
                    if readOnly { return nil }
                    return [try LinkCommand.requestByEmail(
                        argument, for: incoming.sender, services: services, messages: english, prefix: incoming.commandPrefix
                    )]
                }
                services.logger.info(.unknownSender, ["platform": .string(incoming.sender.platform)])
                let key = incoming.senderEmail != nil ? "assistant.unknown_sender"
                    : services.messenger.sendsEmail ? "assistant.unknown_sender_link_email" : "assistant.unknown_sender_link"
                return [.text(english(key, [
                    "email": incoming.senderEmail ?? "", "link": incoming.commandPrefix + "link CODE",
                    "link_email": incoming.commandPrefix + "link YOUR-EMAIL",
                ]))]
            }
            caller = person
        } catch {
            return [failure(error, messages: english, command: "identify")]
        }
        let language = (try? services.profiles.profile(for: caller.id))??.language ?? MessageCatalog.fallbackLanguage
        let text = messages.localized(to: language)
        guard caller.status == .active else {
            return [.text(text("assistant.inactive_account"))]
        }
        let replies: [Reply]
        switch incoming.content {
        case .command(let line) where line.count > MentorAssistant.maximumMessageLength:
            replies = [.text(text("assistant.too_long", ["max": "\(MentorAssistant.maximumMessageLength)"]))]
        case .command(let line):
            guard let answered = run(line, for: caller, incoming: incoming, messages: text, readOnly: readOnly) else { return nil }
            replies = answered
        case .action(let id, let value):
            replies = click(id, value, for: caller, incoming: incoming, messages: text)
        }
        return replies.map { $0.prompting(in: text) } + (incoming.isBackground ? [] : heldMessages(for: caller, messages: text))
    }

    /// Messages kept for someone mentord could not reach on a platform, shown the next time they talk to it.
    private func heldMessages(for caller: Person, messages text: Messages) -> [Reply] {
        do {
            return try services.messenger.takeHeld(for: caller.id)
        } catch {
            return [failure(error, messages: text, command: "held messages")]
        }
    }

    /// With `readOnly`, nil when the caller's open conversation takes the line as its next answer, or would close.
    /// A button's command (`fromButton`) is never an answer: the person pressed it to run it.
    private func run(
        _ line: String, for caller: Person, incoming: Incoming, messages text: Messages, readOnly: Bool = false, fromButton: Bool = false
    ) -> [Reply]? {
        let invocation = CommandInvocation(parsing: line) ?? CommandInvocation(name: "help", arguments: [], rawArguments: "")
        let command = registry.command(named: invocation.name)
        do {
            let context = try makeContext(caller: caller, incoming: incoming, messages: text)
            if !incoming.isBackground, let (flow, state) = try openFlow(of: caller, context) {
                if !fromButton, flow.takes(line, command: command, state: state) {
                    return readOnly ? nil : try flow.answer(line, state: state, context)
                }
                if flow.closesOnOtherLines {
                    if readOnly { return nil }
                    try services.conversations.clear(for: caller.id)
                }
            }
            guard let command else {
                let suggestion = Suggestion.closest(to: invocation.name, among: registry.suggestableWords)
                let key = suggestion == nil ? "assistant.unknown_command" : "assistant.unknown_command_suggestion"
                return [.text(text(key, [
                    "command": invocation.name, "suggestion": incoming.commandPrefix + (suggestion ?? ""),
                    "help": incoming.commandPrefix + "help",
                ]))]
            }
            let required = command.descriptor.requiredRole
            guard context.may(required) else {
                return [.text(text("assistant.role_required", ["command": command.descriptor.name, "role": required.rawValue]))]
            }
            return try command.run(invocation, in: context)
        } catch let error as UserError {
            return [.text(text(error.key, error.arguments(prefixedWith: incoming.commandPrefix)))]
        } catch {
            return [failure(error, messages: text, command: command?.descriptor.name ?? invocation.name)]
        }
    }

    /// A button click: flow answers go to the active conversation; anything else has expired.
    private func click(_ id: String, _ value: String, for caller: Person, incoming: Incoming, messages text: Messages) -> [Reply] {
        do {
            switch ButtonID(rawValue: id) {
            case .run:
                return run(value, for: caller, incoming: incoming, messages: text, fromButton: true) ?? []
            case .flowAnswer:
                let context = try makeContext(caller: caller, incoming: incoming, messages: text)
                // A button left over from an earlier question is not an answer to a menu or confirmation open now.
                if let (flow, state) = try openFlow(of: caller, context) {
                    if flow.takes(value, command: nil, state: state) { return try flow.answer(value, state: state, context) }
                    if flow.closesOnOtherLines { try services.conversations.clear(for: caller.id) }
                }
            case nil:
                break
            }
            return [.text(text("assistant.unknown_action", ["help": incoming.commandPrefix + "help"]))]
        } catch {
            return [failure(error, messages: text, command: "action \(id)")]
        }
    }

    /// The flow the caller is in, if any, with its saved state.
    private func openFlow(of caller: Person, _ context: CommandContext) throws -> (any ConversationFlow, ConversationState)? {
        guard let state = try services.conversations.state(for: caller.id),
            let flow = Self.flows.first(where: { $0.name == state.flow })
        else { return nil }
        return (flow.make(context), state)
    }

    private func makeContext(caller: Person, incoming: Incoming, messages text: Messages) throws -> CommandContext {
        let roles = try services.directory.roles(of: caller.id).union([.member])
        var context = CommandContext(
            caller: caller, origin: incoming.sender, callerRoles: roles, messages: text, services: services,
            registry: registry, commandPrefix: incoming.commandPrefix
        )
        context.isDirect = incoming.isDirect
        return context
    }

    /// The linked person, else the person with the platform-provided email, who is then linked for next time.
    private func resolveSender(_ incoming: Incoming) throws -> Person? {
        if let linked = try services.directory.person(identity: incoming.sender) { return linked }
        guard let email = incoming.senderEmail, let person = try services.directory.person(email: email) else { return nil }
        try services.directory.link(incoming.sender, to: person.id, at: services.clock.now)
        return person
    }

    private func redeem(_ code: String, incoming: Incoming, messages text: Messages) throws -> Reply {
        guard let person = try LinkCommand.redeem(code, for: incoming.sender, services: services) else {
            return .text(text("link.invalid"))
        }
        services.logger.info(.accountLinked, ["platform": .string(incoming.sender.platform)])
        return .text(text("link.done", ["name": person.displayName, "help": incoming.commandPrefix + "help"]))
    }

    /// "Something went wrong (ref …)" for the person; the details go to the log under the same reference.
    private func failure(_ error: any Error, messages text: Messages, command: String) -> Reply {
        let reference = ErrorReference.make()
        services.logger.error(.commandFailed, [
            "ref": .string(reference), "command": .string(command), "error": .string(String(describing: error)),
        ])
        return .text(text("assistant.internal_error", ["ref": reference]))
    }
}
