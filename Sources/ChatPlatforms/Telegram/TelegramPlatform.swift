import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Telegram webhook: `X-Telegram-Bot-Api-Secret-Token` is checked in constant time (401), updates are decoded
/// (400 when malformed), and the reply rides back in the response as a `sendMessage` call. Parts beyond
/// Telegram's 4,096 characters are sent afterwards through the outbox.
public final class TelegramPlatform: Sendable {
    public static let name = "telegram"
    public static let capabilities = PlatformCapabilities(
        maximumMessageLength: TelegramMessage.maximumTextLength, supportsButtons: true, supportsThreads: false
    )

    let secretToken: Secret
    /// The bot's username without `@`, so `/mentor@thisbot` is ours and `/mentor@otherbot` is not.
    let botUsername: String
    let respond: @Sendable (Incoming) -> [Reply]
    let sendLater: @Sendable (OutgoingMessage) -> Void

    public init(
        secretToken: Secret, botUsername: String, respond: @escaping @Sendable (Incoming) -> [Reply],
        sendLater: @escaping @Sendable (OutgoingMessage) -> Void
    ) {
        self.secretToken = secretToken
        self.botUsername = botUsername.lowercased()
        self.respond = respond
        self.sendLater = sendLater
    }

    /// `POST /telegram/webhook`.
    public var routes: [PlatformRoute] {
        [PlatformRoute(method: "POST", path: "/telegram/webhook") { [self] in handle($0) }]
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard let given = request.headers["X-Telegram-Bot-Api-Secret-Token"],
            ConstantTime.equals(Array(given.utf8), Array(secretToken.reveal().utf8))
        else { return .text("invalid secret token\n", status: 401) }
        guard let update = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any], update["update_id"] is Int else {
            return .text("bad request: not a Telegram update\n", status: 400)
        }
        guard let (incoming, chatID) = incoming(from: update) else { return HTTPResponse(status: 200) }
        var messages = TelegramMessage.sendMessages(respond(incoming), chatID: chatID)
        var first = messages.removeFirst()
        for later in messages {
            guard let text = later["text"] as? String else { continue }
            sendLater(OutgoingMessage(
                platform: TelegramPlatform.name, workspace: incoming.sender.workspace, destination: .conversation(chatID), reply: .text(text)
            ))
        }
        first["method"] = "sendMessage"
        let body = (try? JSONSerialization.data(withJSONObject: first, options: [.withoutEscapingSlashes])) ?? Data()
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(body))
    }

    /// A command for mentord, or a button click, and the chat to answer in; nil for anything else.
    func incoming(from update: [String: Any]) -> (Incoming, String)? {
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
    func command(in text: String, isPrivate: Bool) -> String? {
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
