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
    public func incoming(from update: [String: Any]) -> (Incoming, String)? {
        if let callback = update["callback_query"] as? [String: Any] {
            guard let from = (callback["from"] as? [String: Any])?["id"] as? Int, let data = callback["data"] as? String,
                let chat = ((callback["message"] as? [String: Any])?["chat"] as? [String: Any])?["id"] as? Int
            else { return nil }
            let parts = data.split(separator: "|", maxSplits: 1).map(String.init)
            return (Incoming(
                sender: identity(from), conversation: String(chat),
                content: .action(id: parts[0], value: parts.count > 1 ? parts[1] : ""), commandPrefix: "/mentor "
            ), String(chat))
        }
        guard let message = update["message"] as? [String: Any], let text = message["text"] as? String,
            let from = message["from"] as? [String: Any], from["is_bot"] as? Bool != true, let userID = from["id"] as? Int,
            let chat = message["chat"] as? [String: Any], let chatID = chat["id"] as? Int,
            let command = command(in: text, isPrivate: chat["type"] as? String == "private")
        else { return nil }
        return (Incoming(sender: identity(userID), conversation: String(chatID), content: .command(command), commandPrefix: "/mentor "), String(chatID))
    }

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
