import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Telegram webhook: `X-Telegram-Bot-Api-Secret-Token` is checked in constant time (401), updates are decoded
/// (400 when malformed), and the reply rides back in the response as a `sendMessage` call. Parts beyond
/// Telegram's 4,096 characters are queued in the outbox with the command's writes.
public struct TelegramPlatform: ChatPlatform {
    public static let name = "telegram"
    public static let capabilities = PlatformCapabilities.telegram

    let secretToken: Secret
    let decoder: TelegramUpdateDecoder
    let inbound: any InboundPipeline
    /// Keeps buttons whose `callback_data` would pass Telegram's 64 bytes.
    let references: ButtonReferences?

    public init(secretToken: Secret, botUsername: String, inbound: any InboundPipeline, references: ButtonReferences? = nil) {
        self.secretToken = secretToken
        decoder = TelegramUpdateDecoder(botUsername: botUsername)
        self.inbound = inbound
        self.references = references
    }

    /// `POST /telegram/webhook`.
    public var routes: [PlatformRoute] {
        [PlatformRoute(method: "POST", path: "/telegram/webhook") { [self] in handle($0) }]
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard let given = request.headers["X-Telegram-Bot-Api-Secret-Token"],
            ConstantTime.equals(Array(given.utf8), Array(secretToken.reveal().utf8))
        else { return .text("invalid secret token\n", status: 401) }
        guard let update = try? JSONDecoder().decode(TelegramUpdate.self, from: Data(request.body)) else {
            return .text("bad request: not a Telegram update\n", status: 400)
        }
        guard let (incoming, chatID) = decoder.incoming(from: update) else { return HTTPResponse(status: 200) }
        let references = references
        return inbound.answer(Delivery(platform: Self.name, id: decoder.deliveryID(update), incoming: incoming) { replies in
            let messages = try TelegramMessage.split(replies, references: references)
            let body = TelegramMessage.sendMessage(messages[0], chatID: chatID, method: "sendMessage").bytes
            return Delivery.Answer(
                response: HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body),
                later: Delivery.followUps(messages, platform: Self.name, to: incoming, at: .conversation(chatID))
            )
        })
    }
}
