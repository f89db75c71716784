import Foundation

/// `announce --channel C TEXT`: program managers post to a configured channel through the outbox.
public struct AnnounceCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "announce", usage: "announce --channel CHANNEL TEXT", examples: ["announce --channel mentoring-global The spring cohort opens on Monday!"],
        requiredRole: .programManager, hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        var words = invocation.arguments
        guard words.count >= 3, words[0].lowercased() == "--channel" else {
            throw UserError("announce.usage", ["usage": context.typed(Self.descriptor.usage)])
        }
        words.removeFirst()
        let name = words.removeFirst()
        guard let channel = context.services.channel(named: name) else {
            let names = context.services.channels.map(\.name).joined(separator: ", ")
            throw UserError("officehours.unknown_channel", ["channel": name, "channels": names.isEmpty ? context.messages("channels.none_configured") : names])
        }
        let text = words.joined(separator: " ")
        guard text.count <= 3000 else { throw UserError("announce.too_long") }
        let now = context.services.clock.now
        try context.services.transaction {
            try context.services.messenger.post(Reply(.heading(context.messages("announce.heading")), .text(text)), to: channel)
            try context.services.auditLog.record(AuditEntry(at: now, actor: context.caller.email, action: .announce, subject: channel.name))
        }
        return [.text(context.messages("announce.done", ["channel": channel.name]))]
    }
}
