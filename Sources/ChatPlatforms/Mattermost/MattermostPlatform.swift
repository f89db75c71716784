import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Mattermost slash commands (checked by the command token, in constant time) and button callbacks, whose
/// `context` carries an HMAC mentord signs itself, so a forged click cannot answer someone else's question.
///
/// A command still running after ``budget`` is acknowledged, and its replies follow through `response_url`; so does
/// the rest of a reply longer than one post.
public struct MattermostPlatform: ChatPlatform {
    public static let name = "mattermost"
    public static let capabilities = PlatformCapabilities.mattermost
    /// Seconds a command may take before it is acknowledged; Mattermost waits about 3.
    public static let budget: TimeInterval = 2.5

    let commandToken: Secret
    /// mentord's public URL for button callbacks, e.g. `https://mentord.example.com/mattermost/actions`.
    let actionsURL: String
    let inbound: any InboundPipeline
    /// Finds a newcomer's account email, so they are linked on first contact; nil without a bot account.
    let people: ProfileEmails?

    public init(commandToken: Secret, actionsURL: String, inbound: any InboundPipeline, people: ProfileEmails? = nil) {
        self.commandToken = commandToken
        self.actionsURL = actionsURL
        self.inbound = inbound
        self.people = people
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
        let platform = self
        let deadline = form["response_url"].map { url in
            Delivery.Deadline(budget: Self.budget, later: .replyURL(url)) { text in
                Self.json(platform.message([.text(text)], responseType: "ephemeral", for: incoming.sender))
            }
        }
        // Without a response_url (an old server) the rest of a long reply goes to the person's direct channel.
        let later = form["response_url"].map { OutgoingMessage.Destination.replyURL($0) } ?? .directMessage(incoming.sender)
        return inbound.answer(introducing(Delivery(platform: Self.name, id: Delivery.id(trigger: form["trigger_id"], body: request.body), incoming: incoming, deadline: deadline) { replies in
            let messages = Self.splitter.split(replies)
            return Delivery.Answer(
                response: Self.json(platform.message(messages[0], responseType: "ephemeral", for: incoming.sender)),
                later: Delivery.followUps(messages, platform: Self.name, to: incoming, at: later)
            )
        }))
    }

    func handleAction(_ request: HTTPRequest) -> HTTPResponse {
        guard let click = try? JSONDecoder().decode(MattermostActionCallback.self, from: Data(request.body)) else {
            return .text("bad request: not a mentord button callback\n", status: 400)
        }
        let sender = ChatIdentity(platform: MattermostPlatform.name, workspace: click.teamID, userID: click.userID)
        let context = click.context
        guard ConstantTime.equals(Array(context.signature.utf8), Array(sign(action: context.action, value: context.value, for: sender).utf8)) else {
            return .text("invalid button signature\n", status: 401)
        }
        let incoming = Incoming(
            sender: sender, conversation: click.channelID ?? "", content: .action(id: context.action, value: context.value),
            commandPrefix: "/mentor "
        )
        // A click has no response_url: the rest of a long answer goes to the person's direct channel.
        return inbound.answer(introducing(Delivery(platform: Self.name, id: Delivery.id(trigger: click.triggerID, body: request.body), incoming: incoming) { replies in
            let messages = Self.splitter.split(replies)
            return Delivery.Answer(
                response: Self.json(.object([("ephemeral_text", .string(messages[0].plainText))])),
                later: Delivery.followUps(messages, platform: Self.name, to: incoming, at: .directMessage(sender))
            )
        }))
    }

    /// `delivery`, able to ask Mattermost for its sender's account email.
    private func introducing(_ delivery: Delivery) -> Delivery {
        people?.introducing(delivery) ?? delivery
    }

    /// Posts of at most 16,383 characters; buttons count as their typed text, which the post shows too.
    static let splitter = ReplySplitter.plainText(.mattermost)

    /// One message of ``splitter`` with Markdown text and, for buttons, an attachment whose actions call back to mentord.
    func message(_ replies: [Reply], responseType: String, for person: ChatIdentity) -> JSONValue {
        let actions = replies.actions
        var members: [(String, JSONValue)] = [("response_type", .string(responseType)), ("text", .string(replies.plainText))]
        if !actions.isEmpty {
            let buttons = actions.enumerated().map { index, action in
                JSONValue.object([
                    ("id", .string("mentord\(index)")), ("name", .string(action.label)), ("type", "button"),
                    ("integration", .object([("url", .string(actionsURL)), ("context", .object([
                        ("action", .string(action.id)), ("value", .string(action.value)),
                        ("signature", .string(sign(action: action.id, value: action.value, for: person))),
                    ]))])),
                ])
            }
            members.append(("props", .object([("attachments", .array([.object([("actions", .array(buttons))])]))])))
        }
        return .object(members)
    }

    /// HMAC over the action, its value and the person it was offered to, keyed by the command token.
    func sign(action: String, value: String, for person: ChatIdentity) -> String {
        Hex.encode(HMAC.sha256(key: Array(commandToken.reveal().utf8), message: Array("\(action)\n\(value)\n\(person)".utf8)))
    }

    private func tokenMatches(_ given: String?) -> Bool {
        guard let given else { return false }
        return ConstantTime.equals(Array(given.utf8), Array(commandToken.reveal().utf8))
    }

    private static func json(_ value: JSONValue) -> HTTPResponse {
        HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: value.bytes)
    }
}
