import Foundation
import HTTPTypes
import MentorCore

/// Turns Slack's slash-command forms, interaction payloads and events into core ``Incoming`` values.
public enum SlackRequestDecoder {
    /// Why a verified request could not be used; answered 400 and changes nothing.
    public struct Malformed: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// A slash command form: `team_id`, `user_id`, `channel_id`, `command` and `text` are required.
    public static func command(_ body: [UInt8]) throws(Malformed) -> (incoming: Incoming, responseURL: String?) {
        let fields = try form(body)
        guard let team = fields["team_id"], let user = fields["user_id"], let channel = fields["channel_id"],
            let command = fields["command"], let text = fields["text"], !team.isEmpty, !user.isEmpty
        else { throw Malformed(description: "the form lacks team_id, user_id, channel_id, command or text") }
        let incoming = Incoming(
            sender: ChatIdentity(platform: SlackPlatform.name, workspace: team, userID: user), conversation: channel,
            content: .command(text), commandPrefix: command + " "
        )
        return (incoming, fields["response_url"])
    }

    /// A `block_actions` interaction: the form's `payload` field holds JSON.
    public static func interaction(_ body: [UInt8]) throws(Malformed) -> (incoming: Incoming, responseURL: String?) {
        guard let payload = try form(body)["payload"] else { throw Malformed(description: "the form has no payload field") }
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any] else {
            throw Malformed(description: "payload is not a JSON object")
        }
        let user = object["user"] as? [String: Any]
        let team = (object["team"] as? [String: Any])?["id"] as? String ?? user?["team_id"] as? String
        guard object["type"] as? String == "block_actions", let userID = user?["id"] as? String, let team,
            let action = (object["actions"] as? [[String: Any]])?.first, let actionID = action["action_id"] as? String
        else { throw Malformed(description: "payload is not a block_actions interaction with a user, team and action") }
        let channel = (object["channel"] as? [String: Any])?["id"] as? String ?? ""
        let id = String(actionID.split(separator: "|").first ?? Substring(actionID))
        let incoming = Incoming(
            sender: ChatIdentity(platform: SlackPlatform.name, workspace: team, userID: userID), conversation: channel,
            content: .action(id: id, value: action["value"] as? String ?? ""), commandPrefix: "/mentor "
        )
        return (incoming, object["response_url"] as? String)
    }

    /// The fields of an `application/x-www-form-urlencoded` body; refuses bodies that are not forms.
    static func form(_ body: [UInt8]) throws(Malformed) -> [String: String] {
        guard let text = String(validating: body, as: UTF8.self), !text.isEmpty, text.contains("=") else {
            throw Malformed(description: "the body is not a URL-encoded form")
        }
        return Dictionary(FormEncoding.decode(text).map { ($0.name, $0.value) }) { first, _ in first }
    }
}
