import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Zulip outgoing webhook (a bot of type "outgoing webhook"): JSON with the bot's token, answered in the response
/// as `{"content": …}`. Zulip shares the sender's email, so accounts link by email.
public final class ZulipPlatform: Sendable {
    public static let name = "zulip"
    public static let capabilities = PlatformCapabilities(maximumMessageLength: 10_000, supportsButtons: false, supportsThreads: true)

    let token: Secret
    let respond: @Sendable (Incoming) -> [Reply]

    public init(token: Secret, respond: @escaping @Sendable (Incoming) -> [Reply]) {
        self.token = token
        self.respond = respond
    }

    /// `POST /zulip/webhook`.
    public var routes: [PlatformRoute] {
        [PlatformRoute(method: "POST", path: "/zulip/webhook") { [self] in handle($0) }]
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard let object = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else {
            return .text("bad request: the body is not a JSON object\n", status: 400)
        }
        guard let given = object["token"] as? String, ConstantTime.equals(Array(given.utf8), Array(token.reveal().utf8)) else {
            return .text("invalid token\n", status: 401)
        }
        guard let incoming = ZulipPlatform.incoming(from: object) else {
            return .text("bad request: no message with a sender\n", status: 400)
        }
        let content = respond(incoming).map(PlainTextRenderer().render).joined(separator: "\n\n")
        let body = (try? JSONSerialization.data(withJSONObject: ["content": String(content.prefix(ZulipPlatform.capabilities.maximumMessageLength))], options: [.withoutEscapingSlashes])) ?? Data()
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(body))
    }

    /// The triggering message as an ``Incoming``; an `@**mentord**` mention and a `!mentor` prefix are removed.
    static func incoming(from object: [String: Any]) -> Incoming? {
        guard let message = object["message"] as? [String: Any], let senderID = message["sender_id"] as? Int else { return nil }
        let realm = message["sender_realm_str"] as? String ?? "zulip"
        var text = (object["data"] as? String ?? message["content"] as? String ?? "")
            .replacing(/@\*\*[^*]+\*\*/, with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.lowercased().hasPrefix("!mentor") { text = String(text.dropFirst(7)).trimmingCharacters(in: .whitespaces) }
        let conversation = message["type"] as? String == "stream"
            ? "stream:\(message["stream_id"] as? Int ?? 0):\(message["subject"] as? String ?? "")"
            : "private:\(senderID)"
        return Incoming(
            sender: ChatIdentity(platform: name, workspace: realm, userID: String(senderID)), conversation: conversation,
            content: .command(text), senderEmail: message["sender_email"] as? String, commandPrefix: "@mentord "
        )
    }
}
