import Foundation

/// `announce --channel C TEXT`: program managers post to a configured channel through the outbox.
public struct AnnounceCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "announce", arguments: [.rest("text", maxLength: 3000)], options: [CommandOption("channel", .text(maxLength: 80), placeholder: "CHANNEL", required: true)],
        requiredRole: .programManager, examples: ["announce --channel mentoring-global The spring cohort opens on Monday!"], run: announce
    )

    public init() {}

    static func announce(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let channel = try ChannelName.find(arguments["channel"], context)
        let text = arguments["text"]
        let now = context.services.clock.now
        try context.services.transaction {
            // The text is the program manager's own; the heading is in the channel's (first) language.
            let heading = context.messages.catalog.localized(toChannel: channel)[0]("announce.heading")
            try context.services.messenger.post(Reply(.heading(heading), .text(text)), to: channel)
            try context.services.auditLog.record(AuditEntry(at: now, actor: context.caller.email, action: .announce, subject: channel.name))
        }
        return [.text(context.messages("announce.done", ["channel": channel.name]))]
    }
}
