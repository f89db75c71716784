import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Telegram webhook: `X-Telegram-Bot-Api-Secret-Token` is checked in constant time (401), updates are decoded
/// (400 when malformed), and the reply rides back in the response as a `sendMessage` call. Parts beyond
/// Telegram's 4,096 characters are queued in the outbox with the command's writes.
public struct TelegramPlatform: ChatPlatform {
    public static let name = "telegram"
    public static let capabilities = PlatformCapabilities(
        maximumMessageLength: TelegramMessage.maximumTextLength, supportsButtons: true, supportsThreads: false
    )

    let secretToken: Secret
    let decoder: TelegramUpdateDecoder
    let inbound: any InboundPipeline

    public init(secretToken: Secret, botUsername: String, inbound: any InboundPipeline) {
        self.secretToken = secretToken
        decoder = TelegramUpdateDecoder(botUsername: botUsername)
        self.inbound = inbound
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
        return inbound.answer(Delivery(platform: Self.name, id: decoder.deliveryID(update), incoming: incoming) { replies in
            var messages = TelegramMessage.sendMessages(replies, chatID: chatID)
            var first = messages.removeFirst()
            let later = messages.compactMap { $0["text"] as? String }.map {
                OutgoingMessage(platform: Self.name, workspace: incoming.sender.workspace, destination: .conversation(chatID), reply: .text($0))
            }
            first["method"] = "sendMessage"
            let body = (try? JSONSerialization.data(withJSONObject: first, options: [.withoutEscapingSlashes])) ?? Data()
            return Delivery.Answer(response: HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(body)), later: later)
        })
    }
}
