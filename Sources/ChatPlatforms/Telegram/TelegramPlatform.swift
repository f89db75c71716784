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
    let decoder: TelegramUpdateDecoder
    let respond: @Sendable (Incoming) -> [Reply]
    let sendLater: @Sendable (OutgoingMessage) -> Void

    public init(
        secretToken: Secret, botUsername: String, respond: @escaping @Sendable (Incoming) -> [Reply],
        sendLater: @escaping @Sendable (OutgoingMessage) -> Void
    ) {
        self.secretToken = secretToken
        decoder = TelegramUpdateDecoder(botUsername: botUsername)
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
        guard let (incoming, chatID) = decoder.incoming(from: update) else { return HTTPResponse(status: 200) }
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
}
