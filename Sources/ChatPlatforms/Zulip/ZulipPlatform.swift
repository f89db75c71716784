import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Zulip outgoing webhook (a bot of type "outgoing webhook"): JSON with the bot's token, answered in the response
/// as `{"content": …}`; a reply longer than one Zulip message continues in the same conversation through the REST
/// sender. Zulip shares the sender's email, so accounts link by email.
public struct ZulipPlatform: ChatPlatform {
    public static let name = "zulip"
    public static let capabilities = PlatformCapabilities.zulip
    /// The one splitter for Zulip's answers and messages.
    static let splitter = ReplySplitter.plainText(.zulip)

    let token: Secret
    let inbound: any InboundPipeline

    public init(token: Secret, inbound: any InboundPipeline) {
        self.token = token
        self.inbound = inbound
    }

    /// `POST /zulip/webhook`.
    public var routes: [PlatformRoute] {
        [PlatformRoute(method: "POST", path: "/zulip/webhook") { [self] in handle($0) }]
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard let payload = try? JSONDecoder().decode(ZulipWebhookPayload.self, from: Data(request.body)) else {
            return .text("bad request: the body is not a JSON object\n", status: 400)
        }
        guard let given = payload.token, ConstantTime.equals(Array(given.utf8), Array(token.reveal().utf8)) else {
            return .text("invalid token\n", status: 401)
        }
        guard let incoming = ZulipPlatform.incoming(from: payload) else {
            return .text("bad request: no message with a sender\n", status: 400)
        }
        let id = payload.message?.id.map { "\(incoming.sender.workspace):\($0)" }
        return inbound.answer(Delivery(platform: Self.name, id: id, incoming: incoming) { replies in
            let messages = Self.splitter.split(replies)
            let body = JSONValue.object([("content", .string(messages[0].plainText))])
            return Delivery.Answer(
                response: HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body.bytes),
                later: Delivery.followUps(messages, platform: Self.name, to: incoming, at: .conversation(incoming.conversation))
            )
        })
    }

    /// The triggering message as an ``Incoming``; an `@**mentord**` mention and a `!mentor` prefix are removed.
    static func incoming(from payload: ZulipWebhookPayload) -> Incoming? {
        guard let message = payload.message, let senderID = message.senderID else { return nil }
        let realm = message.senderRealm ?? "zulip"
        var text = (payload.data ?? message.content ?? "").replacing(/@\*\*[^*]+\*\*/, with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.lowercased().hasPrefix("!mentor") { text = String(text.dropFirst(7)).trimmingCharacters(in: .whitespaces) }
        let conversation = message.type == "stream" ? "stream:\(message.streamID ?? 0):\(message.subject ?? "")" : "private:\(senderID)"
        return Incoming(
            sender: ChatIdentity(platform: name, workspace: realm, userID: String(senderID)), conversation: conversation,
            content: .command(text), senderEmail: message.senderEmail, commandPrefix: "@mentord "
        )
    }
}
