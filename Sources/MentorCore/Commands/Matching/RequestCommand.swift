/// `request [TOPIC] [--micro|--ongoing] [--with @PERSON]`: ask for a mentor; `request status` shows where it stands.
public struct RequestCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("request", actions: [
        CommandAction(
            arguments: [.rest("topic", required: false, maxLength: 200)],
            options: [.flag("micro"), .flag("ongoing"), CommandOption("with", .person)],
            examples: ["request public speaking", "request negotiation --micro", "request --with @lea.evans@example.com"], run: open
        ),
        CommandAction("status", examples: ["request status"], readOnly: true, run: status),
    ])

    public init() {}

    static func status(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let desk = RequestDesk(services: context.services, catalog: context.messages.catalog)
        return [try desk.status(for: context.caller, messages: context.messages, commandPrefix: context.commandPrefix)]
    }

    static func open(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        guard !(arguments.flag("micro") && arguments.flag("ongoing")) else {
            throw UserError("request.micro_or_ongoing", ["help": context.typed("help request")])
        }
        let format: MentoringFormat? = arguments.flag("micro") ? .micro : arguments.flag("ongoing") ? .ongoing : nil
        let desk = RequestDesk(services: context.services, catalog: context.messages.catalog)
        let ask = RequestDesk.Ask(topic: arguments.text("topic") ?? "", format: format, mentor: arguments.person("with"))
        return [try desk.open(ask, for: context.caller, messages: context.messages, commandPrefix: context.commandPrefix)]
    }
}

/// `accept ID`: take on the mentee of an offer.
public struct AcceptCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "accept", arguments: [CommandArgument("offer", .id)], examples: ["accept 12"],
        run: { arguments, context in
            [try RequestDesk(services: context.services, catalog: context.messages.catalog).accept(offerID: arguments.id("offer")!, by: context.caller)]
        }
    )

    public init() {}
}

/// `decline ID [REASON]`: pass on an offer; mentord asks the next mentor on the list.
public struct DeclineCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "decline", arguments: [CommandArgument("offer", .id), .rest("reason", required: false, maxLength: 500)],
        examples: ["decline 12", "decline 12 travelling until March"], run: decline
    )

    public init() {}

    static func decline(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let desk = RequestDesk(services: context.services, catalog: context.messages.catalog)
        return [try desk.decline(offerID: arguments.id("offer")!, by: context.caller, reason: arguments.text("reason") ?? "", messages: context.messages)]
    }
}

/// `cancel`: withdraw your open mentor request; `cancel MEETING`: call off a meeting (everyone gets an ICS cancel).
public struct CancelCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "cancel", arguments: [.optional("meeting", .id)], examples: ["cancel", "cancel 3"], run: cancel
    )

    public init() {}

    static func cancel(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        if let id = arguments.id("meeting") {
            try MeetingPlanner(services: context.services, catalog: context.messages.catalog).cancel(id, by: context.caller)
            return [.text(context.messages("meeting.cancelled"))]
        }
        return [try RequestDesk(services: context.services, catalog: context.messages.catalog).cancel(for: context.caller, messages: context.messages)]
    }
}
