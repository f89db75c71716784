import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Microsoft Teams outgoing webhook: `Authorization: HMAC <base64 HMAC-SHA256(security token, raw body)>`, answered
/// synchronously in the response (Teams waits at most 5 s and offers no later reply on this channel). A reply longer
/// than one Teams message therefore shows what fits and ends with a note saying so and how to see the rest.
public struct TeamsPlatform: ChatPlatform {
    public static let name = "teams"
    public static let capabilities = PlatformCapabilities.teams

    /// The security token Teams shows once when the outgoing webhook is created (base64).
    let securityKey: [UInt8]
    let inbound: any InboundPipeline

    /// - Parameter securityToken: the base64 token from Teams; nil when it is not valid base64.
    public init?(securityToken: Secret, inbound: any InboundPipeline) {
        guard let key = Data(base64Encoded: securityToken.reveal()), !key.isEmpty else { return nil }
        securityKey = Array(key)
        self.inbound = inbound
    }

    /// `POST /teams/webhook`.
    public var routes: [PlatformRoute] {
        [PlatformRoute(method: "POST", path: "/teams/webhook") { [self] in handle($0) }]
    }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        let expected = "HMAC " + Data(HMAC.sha256(key: securityKey, message: request.body)).base64EncodedString()
        guard let given = request.headers["Authorization"], ConstantTime.equals(Array(given.utf8), Array(expected.utf8)) else {
            return .text("invalid HMAC\n", status: 401)
        }
        guard let activity = try? JSONDecoder().decode(TeamsActivity.self, from: Data(request.body)),
            let incoming = TeamsPlatform.incoming(from: activity)
        else { return .text("bad request: not a Teams message activity\n", status: 400) }
        let inbound = inbound
        return inbound.answer(Delivery(platform: Self.name, id: activity.id, incoming: incoming) { replies in
            let text = TeamsPlatform.text(replies, note: inbound.text("inbound.too_long_for_teams", for: incoming, [:]))
            let body = JSONValue.object([("type", "message"), ("text", .string(text))])
            return Delivery.Answer(response: HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body.bytes))
        })
    }

    /// The reply as one message's Markdown: whole when it fits, else the parts that fit followed by `note`.
    static func text(_ replies: [Reply], note: String) -> String {
        let whole = wholeMessage.split(replies)
        guard whole.count > 1 else { return markdown(whole[0].plainText) }
        let marked = markdown(note)
        let shown = splitter(room: capabilities.maximumMessageLength - escapedLength(marked) - ReplySplitter.separatorLength * 3).split(replies)
        return markdown(shown[0].plainText) + markdown("\n\n") + marked
    }

    /// The splitter for a whole message's room.
    static let wholeMessage = splitter(room: capabilities.maximumMessageLength)

    /// A splitter for `room` bytes of the answer's JSON text: each block as Markdown, escaped as JSON writes it.
    static func splitter(room: Int) -> ReplySplitter {
        var capabilities = capabilities
        capabilities.maximumMessageLength = room
        return ReplySplitter(capabilities: capabilities) { escapedLength(markdown(PlainTextRenderer().render(Reply($0)))) }
    }

    /// The bytes `text` takes inside a JSON string.
    static func escapedLength(_ text: String) -> Int { JSONValue.string(text).text.utf8.count - 2 }

    /// A message activity as an ``Incoming``; the `<at>mentord</at>` mention that triggered it is removed.
    static func incoming(from activity: TeamsActivity) -> Incoming? {
        guard activity.type == "message", let userID = activity.from?.aadObjectId ?? activity.from?.id,
            let conversation = activity.conversation?.id, let text = activity.text
        else { return nil }
        let tenant = activity.channelData?.tenant?.id ?? activity.conversation?.tenantId ?? "tenant"
        return Incoming(
            sender: ChatIdentity(platform: name, workspace: tenant, userID: userID), conversation: conversation,
            content: .command(TeamsActivity.command(text)), commandPrefix: "@mentord "
        )
    }

    /// Teams renders a little Markdown; line breaks need two spaces or a blank line.
    static func markdown(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "  \n")
    }
}
