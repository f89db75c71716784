import Foundation
import MentorCore

/// Reads Telegram updates: `/mentor@bot …` and `/help`-style commands, plain text in private chats, button clicks.
public struct TelegramUpdateDecoder: Sendable {
    /// The bot's username without `@`, so `/mentor@thisbot` is ours and `/mentor@otherbot` is not.
    let botUsername: String

    public init(botUsername: String) {
        self.botUsername = botUsername.lowercased()
    }

    /// A command for mentord, or a button click, and the chat to answer in; nil for anything else.
    func incoming(from update: TelegramUpdate) -> (Incoming, String)? {
        if let callback = update.callbackQuery {
            guard let from = callback.from?.id, let data = callback.data, let chat = callback.message?.chat?.id else { return nil }
            return (Incoming(
                sender: identity(from), conversation: String(chat), content: ButtonReferences.click(fromPayload: data),
                commandPrefix: "/mentor "
            ), String(chat))
        }
        guard let message = update.message, let text = message.text, let from = message.from, from.isBot != true,
            let chat = message.chat, let command = command(in: text, isPrivate: chat.type == "private")
        else { return nil }
        return (Incoming(sender: identity(from.id), conversation: String(chat.id), content: .command(command), commandPrefix: "/mentor "), String(chat.id))
    }

    /// The inbox id of an update: update ids count per bot.
    func deliveryID(_ update: TelegramUpdate) -> String { "\(botUsername):\(update.updateID)" }

    /// `/mentor help`, `/mentor@thisbot help` or `/help` in any chat; plain text only in a private chat with the bot.
    public func command(in text: String, isPrivate: Bool) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("/") else { return isPrivate ? trimmed : nil }
        let firstWord = trimmed.prefix { !$0.isWhitespace }
        let rest = trimmed.dropFirst(firstWord.count).trimmingCharacters(in: .whitespaces)
        let parts = firstWord.dropFirst().split(separator: "@", maxSplits: 1)
        if parts.count == 2, parts[1].lowercased() != botUsername { return nil }
        let name = String(parts.first ?? "")
        if name.lowercased() == "mentor" { return rest }
        if name.lowercased() == "start" { return "help" }
        return rest.isEmpty ? name : name + " " + rest
    }

    private func identity(_ userID: Int) -> ChatIdentity {
        ChatIdentity(platform: TelegramPlatform.name, workspace: botUsername, userID: String(userID))
    }
}
