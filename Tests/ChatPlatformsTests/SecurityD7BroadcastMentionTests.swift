import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Finding D7 (`findings/security-probe.md`): a kudos, circle name or insight someone wrote reached channels and DMs
/// with its whole-channel mentions intact. Each platform's sender now breaks the mentions that platform acts on.
@Suite struct SecurityD7BroadcastMentionTests {
    static let written = "Thanks @channel @ALL @here @everyone @**all** @**stream** @room — from Eve"

    static func envelope(_ platform: String, _ destination: OutgoingMessage.Destination) -> OutboxEnvelope {
        OutboxEnvelope(id: 1, idempotencyKey: "key-1", attempt: 1, message: OutgoingMessage(
            platform: platform, workspace: "W1", destination: destination,
            reply: Reply(blocks: [.heading("Kudos"), .text(written), .fields([ReplyField("From", "@here Eve")]), .list(["@channel"])])
        ))
    }

    /// The text of every request body, as the platform would read it.
    static func bodies(_ client: RecordingHTTPClient) -> String {
        client.requests.map { String(decoding: $0.body, as: UTF8.self) }.joined(separator: "\n")
            .replacingOccurrences(of: "\\u2060", with: "\u{2060}")
    }

    @Test func securityD7MattermostPostsMentionNoChannel() {
        let client = RecordingHTTPClient { _ in .json(#"{"id":"post"}"#, status: 201) }
        let sender = MattermostSender(serverURL: "https://mm.example.com", botToken: Secret("t"), botUserID: "bot", client: client)
        #expect(sender.deliver(Self.envelope("mattermost", .conversation("town-square"))) == .delivered)
        let sent = Self.bodies(client)
        for mention in ["@channel", "@all", "@here", "@everyone"] {
            #expect(sent.range(of: mention, options: .caseInsensitive) == nil, "\(mention) in \(sent)")
        }
        #expect(sent.contains("from Eve") && sent.contains("@\u{2060}channel"), "still readable")
    }

    @Test func securityD7ZulipMessagesMentionNoStream() {
        let client = RecordingHTTPClient { _ in .json(#"{"result":"success"}"#) }
        let sender = ZulipSender(siteURL: "https://zulip.example.com", botEmail: "bot@example.com", apiKey: Secret("k"), client: client)
        #expect(sender.deliver(Self.envelope("zulip", .conversation("stream:5:welcome"))) == .delivered)
        let sent = String(decoding: client.requests.flatMap(\.body), as: UTF8.self).removingPercentEncoding ?? ""
        #expect(!sent.contains("@**all**") && !sent.contains("@**stream**"), "\(sent)")
        #expect(sent.contains("from Eve"))
    }

    @Test func securityD7MatrixMessagesMentionNoRoom() {
        let client = RecordingHTTPClient { _ in .json(#"{"event_id":"$1"}"#) }
        let sender = MatrixSender(
            api: MatrixAPI(homeserver: "https://hs.example.org", accessToken: Secret("t"), client: client),
            directRooms: MatrixDirectRooms(load: { _ in nil }, save: { _, _ in })
        )
        #expect(sender.deliver(Self.envelope("matrix", .conversation("!room:hs"))) == .delivered)
        let sent = Self.bodies(client)
        #expect(sent.range(of: "@room", options: .caseInsensitive) == nil, "\(sent)")
        #expect(sent.contains("from Eve"))
    }
}
