import ChatPlatforms
import Foundation
import MentorApp
import MentorCore
import MentorStore

extension ChatHarness {
    /// What a chat account sees after typing `text` in a channel (`direct: false`) or in its DM with mentord
    /// (`direct: true`); `email` links the account on first use, as platforms that share emails do.
    public func say(_ text: String, from identity: ChatIdentity, email: String? = nil, direct: Bool, prefix: String = "/mentor ") -> String {
        var incoming = Incoming(
            sender: identity, conversation: direct ? "D-" + identity.userID : "C-general", content: .command(text), senderEmail: email,
            commandPrefix: prefix
        )
        incoming.isDirect = direct
        return assistant.handle(incoming).plainText
    }

    /// Direct messages waiting in the outbox, as (account, plain text), marked delivered as they are read.
    public func takeDirectMessages() throws -> [(to: ChatIdentity, text: String)] {
        var messages: [(to: ChatIdentity, text: String)] = []
        for envelope in try app.outbox.due(limit: 1000) {
            guard case .directMessage(let identity) = envelope.message.destination else { continue }
            messages.append((identity, PlainTextRenderer().render(envelope.message.reply)))
            try app.outbox.markDelivered(envelope.id)
        }
        return messages
    }
}
