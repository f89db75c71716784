import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Mattermost slash commands (checked by the command token, in constant time) and button callbacks, whose
/// `context` carries an HMAC mentord signs itself, so a forged click cannot answer someone else's question.
public final class MattermostPlatform: Sendable {
    public static let name = "mattermost"
    public static let capabilities = PlatformCapabilities(maximumMessageLength: 16_383, supportsButtons: true, supportsThreads: true)

    let commandToken: Secret
    /// mentord's public URL for button callbacks, e.g. `https://mentord.example.com/mattermost/actions`.
    let actionsURL: String
    let respond: @Sendable (Incoming) -> [Reply]

    public init(commandToken: Secret, actionsURL: String, respond: @escaping @Sendable (Incoming) -> [Reply]) {
        self.commandToken = commandToken
        self.actionsURL = actionsURL
        self.respond = respond
    }

    /// `POST /mattermost/commands` and `POST /mattermost/actions`.
    public var routes: [PlatformRoute] {
        [
            PlatformRoute(method: "POST", path: "/mattermost/commands") { [self] in handleCommand($0) },
            PlatformRoute(method: "POST", path: "/mattermost/actions") { [self] in handleAction($0) },
        ]
    }

    func handleCommand(_ request: HTTPRequest) -> HTTPResponse {
        guard let text = String(validating: request.body, as: UTF8.self), text.contains("=") else {
            return tokenMatches(request.headers["Authorization"]?.replacingOccurrences(of: "Token ", with: ""))
                ? .text("bad request: not a form\n", status: 400) : .text("invalid token\n", status: 401)
        }
        let form = Dictionary(FormEncoding.decode(text).map { ($0.name, $0.value) }) { first, _ in first }
        guard tokenMatches(form["token"]) else { return .text("invalid token\n", status: 401) }
        guard let team = form["team_id"], let user = form["user_id"], let channel = form["channel_id"], let command = form["command"]
        else { return .text("bad request: the form lacks team_id, user_id, channel_id or command\n", status: 400) }
        let incoming = Incoming(
            sender: ChatIdentity(platform: MattermostPlatform.name, workspace: team, userID: user), conversation: channel,
            content: .command(form["text"] ?? ""), commandPrefix: command + " "
        )
        return json(message(respond(incoming), responseType: "ephemeral", for: incoming.sender))
    }

    func handleAction(_ request: HTTPRequest) -> HTTPResponse {
        guard let object = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any],
            let context = object["context"] as? [String: String], let action = context["action"], let value = context["value"],
            let signature = context["signature"], let user = object["user_id"] as? String, let team = object["team_id"] as? String
        else { return .text("bad request: not a mentord button callback\n", status: 400) }
        let sender = ChatIdentity(platform: MattermostPlatform.name, workspace: team, userID: user)
        guard ConstantTime.equals(Array(signature.utf8), Array(sign(action: action, value: value, for: sender).utf8)) else {
            return .text("invalid button signature\n", status: 401)
        }
        let incoming = Incoming(
            sender: sender, conversation: object["channel_id"] as? String ?? "", content: .action(id: action, value: value),
            commandPrefix: "/mentor "
        )
        let text = respond(incoming).map(PlainTextRenderer().render).joined(separator: "\n\n")
        return json(["ephemeral_text": text])
    }

    /// A reply with Markdown text and, for buttons, an attachment whose actions call back to mentord.
    func message(_ replies: [Reply], responseType: String, for person: ChatIdentity) -> [String: Any] {
        let text = replies.map(PlainTextRenderer().render).joined(separator: "\n\n")
        let actions = replies.flatMap(\.blocks).flatMap { block -> [ReplyAction] in
            if case .actions(let actions) = block { return actions }
            return []
        }
        var body: [String: Any] = ["response_type": responseType, "text": String(text.prefix(MattermostPlatform.capabilities.maximumMessageLength))]
        if !actions.isEmpty {
            body["props"] = ["attachments": [["actions": actions.enumerated().map { index, action in
                [
                    "id": "mentord\(index)", "name": action.label, "type": "button",
                    "integration": ["url": actionsURL, "context": [
                        "action": action.id, "value": action.value, "signature": sign(action: action.id, value: action.value, for: person),
                    ]],
                ] as [String: Any]
            }]]]
        }
        return body
    }

    /// HMAC over the action, its value and the person it was offered to, keyed by the command token.
    func sign(action: String, value: String, for person: ChatIdentity) -> String {
        Hex.encode(HMAC.sha256(key: Array(commandToken.reveal().utf8), message: Array("\(action)\n\(value)\n\(person)".utf8)))
    }

    private func tokenMatches(_ given: String?) -> Bool {
        guard let given else { return false }
        return ConstantTime.equals(Array(given.utf8), Array(commandToken.reveal().utf8))
    }

    private func json(_ object: [String: Any]) -> HTTPResponse {
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes, .sortedKeys])) ?? Data()
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(body))
    }
}
