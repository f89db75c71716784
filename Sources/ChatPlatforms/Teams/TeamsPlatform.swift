import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Microsoft Teams outgoing webhook: `Authorization: HMAC <base64 HMAC-SHA256(security token, raw body)>`, answered
/// synchronously in the response (Teams waits at most 5 s and offers no later reply on this channel).
public final class TeamsPlatform: Sendable {
    public static let name = "teams"
    public static let capabilities = PlatformCapabilities(maximumMessageLength: 28_000, supportsButtons: false, supportsThreads: true)

    /// The security token Teams shows once when the outgoing webhook is created (base64).
    let securityKey: [UInt8]
    let respond: @Sendable (Incoming) -> [Reply]

    /// - Parameter securityToken: the base64 token from Teams; nil when it is not valid base64.
    public init?(securityToken: Secret, respond: @escaping @Sendable (Incoming) -> [Reply]) {
        guard let key = Data(base64Encoded: securityToken.reveal()), !key.isEmpty else { return nil }
        securityKey = Array(key)
        self.respond = respond
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
        guard let activity = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any],
            let incoming = TeamsPlatform.incoming(from: activity)
        else { return .text("bad request: not a Teams message activity\n", status: 400) }
        let text = respond(incoming).map(PlainTextRenderer().render).joined(separator: "\n\n")
        let body = (try? JSONSerialization.data(withJSONObject: ["type": "message", "text": TeamsPlatform.markdown(text)], options: [.withoutEscapingSlashes])) ?? Data()
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(body))
    }

    /// A message activity as an ``Incoming``; the `<at>mentord</at>` mention that triggered it is removed.
    static func incoming(from activity: [String: Any]) -> Incoming? {
        guard activity["type"] as? String == "message", let from = activity["from"] as? [String: Any],
            let userID = from["aadObjectId"] as? String ?? from["id"] as? String,
            let conversation = (activity["conversation"] as? [String: Any])?["id"] as? String,
            let text = activity["text"] as? String
        else { return nil }
        let tenant = ((activity["channelData"] as? [String: Any])?["tenant"] as? [String: Any])?["id"] as? String
            ?? (activity["conversation"] as? [String: Any])?["tenantId"] as? String ?? "tenant"
        let command = text.replacing(/<at>[^<]*<\/at>/, with: "").replacing(/<[^>]+>/, with: "")
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return Incoming(
            sender: ChatIdentity(platform: name, workspace: tenant, userID: userID), conversation: conversation,
            content: .command(command), commandPrefix: "@mentord "
        )
    }

    /// Teams renders a little Markdown; line breaks need two spaces or a blank line.
    static func markdown(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "  \n")
    }
}
