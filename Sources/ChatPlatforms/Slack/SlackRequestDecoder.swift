import Foundation
import HTTPTypes
import MentorCore

/// Turns Slack's slash-command forms, interaction payloads and events into core ``Incoming`` values.
public enum SlackRequestDecoder {
    /// Why a verified request could not be used; answered 400 and changes nothing.
    public struct Malformed: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// A decoded slash command or click: who, what, where the replies may go later, and Slack's id for it.
    public struct Request: Sendable {
        public var incoming: Incoming
        public var responseURL: String?
        /// `trigger_id`, unique to one invocation.
        public var triggerID: String?
    }

    /// A slash command form: `team_id`, `user_id`, `channel_id`, `command` and `text` are required.
    public static func command(_ body: [UInt8]) throws(Malformed) -> Request {
        let fields = try form(body)
        guard let team = fields["team_id"], let user = fields["user_id"], let channel = fields["channel_id"],
            let command = fields["command"], let text = fields["text"], !team.isEmpty, !user.isEmpty
        else { throw Malformed(description: "the form lacks team_id, user_id, channel_id, command or text") }
        let incoming = Incoming(
            sender: ChatIdentity(platform: SlackPlatform.name, workspace: team, userID: user), conversation: channel,
            content: .command(text), commandPrefix: command + " "
        )
        return Request(incoming: incoming, responseURL: fields["response_url"], triggerID: fields["trigger_id"])
    }

    /// A `block_actions` interaction: the form's `payload` field holds JSON.
    public static func interaction(_ body: [UInt8]) throws(Malformed) -> Request {
        guard let payload = try form(body)["payload"] else { throw Malformed(description: "the form has no payload field") }
        guard let object = try? JSONDecoder().decode(SlackInteractionPayload.self, from: Data(payload.utf8)) else {
            throw Malformed(description: "payload is not a JSON interaction object")
        }
        guard object.type == "block_actions", let user = object.user, let team = object.team?.id ?? user.teamID,
            let action = object.actions?.first
        else { throw Malformed(description: "payload is not a block_actions interaction with a user, team and action") }
        let id = String(action.actionID.split(separator: "|").first ?? Substring(action.actionID))
        let incoming = Incoming(
            sender: ChatIdentity(platform: SlackPlatform.name, workspace: team, userID: user.id), conversation: object.channel?.id ?? "",
            content: .action(id: id, value: action.value ?? ""), commandPrefix: "/mentor "
        )
        return Request(incoming: incoming, responseURL: object.responseURL, triggerID: object.triggerID)
    }

    /// An Events API body.
    static func event(_ body: [UInt8]) throws(Malformed) -> SlackEventEnvelope {
        guard let envelope = try? JSONDecoder().decode(SlackEventEnvelope.self, from: Data(body)) else {
            throw Malformed(description: "the body is not an Events API object")
        }
        return envelope
    }

    /// The fields of an `application/x-www-form-urlencoded` body; refuses bodies that are not forms.
    static func form(_ body: [UInt8]) throws(Malformed) -> [String: String] {
        guard let text = String(validating: body, as: UTF8.self), !text.isEmpty, text.contains("=") else {
            throw Malformed(description: "the body is not a URL-encoded form")
        }
        return Dictionary(FormEncoding.decode(text).map { ($0.name, $0.value) }) { first, _ in first }
    }
}
