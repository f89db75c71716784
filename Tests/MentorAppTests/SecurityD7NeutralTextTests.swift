import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// Finding D7 (`findings/security-probe.md`): a kudos, circle name, office-hours topic or insight someone wrote went
/// out with its whole-channel mentions and disguised links intact. Here the real commands write them, and each
/// platform's real renderer and sender deliver the queued messages into a recording client standing in for the
/// platform's API: what arrives notifies nobody and links nowhere, and every word is still readable.
@Suite struct SecurityD7NeutralTextTests {
    /// What a member might write, in every platform's markup at once.
    static let evil = "<!channel> <!here> <!everyone> @everyone @channel @all @here @room @**all** [Reset SSO](https://evil.example/sso) "
        + "![pixel](https://evil.example/p.png) <https://evil.example/x|Reset your password>"

    /// Kudos, an office-hours topic (announced to a channel), a circle named with mentions and an insight in it, all
    /// carrying ``evil``: the messages the commands queued.
    static func queuedReplies() throws -> [Reply] {
        let topic = "<!channel> @everyone [Reset SSO](https://evil.example/sso)"
        let channels = #"{"channels": [{"name": "mentoring-global", "platform": "slack", "workspace": "T0001", "id": "CGLOBAL", "zones": ["Europe/London"]}]}"#
        let chat = try ChatHarness(channels: channels, settings: ChatHarness.slackSettings)
        let bruno = ChatIdentity(platform: "slack", workspace: "T0001", userID: "UBRUNO")
        _ = chat.say("whoami", from: bruno, email: "bruno@example.com")
        _ = chat.say("whoami", from: ChatIdentity(platform: "slack", workspace: "T0001", userID: "UALICE"), email: "alice@example.com")
        #expect(chat.say("kudos @bruno@example.com Thanks! \(evil)", as: "alice@example.com").contains("Sent your kudos"))
        let added = chat.say("officehours add \(topic) --every \"Tue 16:00\" --duration 30m --channel mentoring-global", as: "alice@example.com")
        let id = try #require(added.firstMatch(of: /Office hours (\d+)/)?.1, "\(added)")
        #expect(chat.say("officehours announce \(id)", as: "alice@example.com").contains("Announced in mentoring-global"))
        try chat.joinProgram(["alice@example.com", "bruno@example.com"])
        let circle = "\"@everyone [Free](https://evil.example)\""
        #expect(chat.say("circle create \(circle) --kind forum", as: "bruno@example.com").contains("is open"))
        #expect(chat.say("circle join \(circle)", as: "alice@example.com").contains("You've joined"))
        #expect(chat.say("circle insight \(circle) \(evil)", as: "alice@example.com").contains("shared with its members"))
        _ = try chat.run(until: chat.clock.now + 8 * 86_400, step: 3_600, watching: [])
        let replies = try chat.app.outbox.due(limit: 100).map(\.message.reply)
        let texts = replies.map { PlainTextRenderer().render($0) }
        for kind in ["Kudos from Alice Nguyen", "Office hours: <!channel>", "New insight in @everyone [Free]"] {
            #expect(texts.contains { $0.hasPrefix(kind) }, "queued: \(kind)")
        }
        return replies
    }

    /// Each platform, its sender over `client`, a destination it accepts, and the mentions it acts on.
    enum Platform: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case slack, mattermost, zulip, discord, matrix, telegram, teams
        var testDescription: String { rawValue }

        func sender(_ client: RecordingHTTPClient) -> any PlatformSender {
            switch self {
            case .slack: SlackSender(workspaces: [SlackWorkspace(teamID: "T0001", signingSecret: Secret("s"), botToken: Secret("xoxb"))], client: client)
            case .mattermost: MattermostSender(serverURL: "https://mm.example.com", botToken: Secret("t"), botUserID: "bot", client: client)
            case .zulip: ZulipSender(siteURL: "https://zulip.example.com", botEmail: "bot@example.com", apiKey: Secret("k"), client: client)
            case .discord: DiscordSender(client: client)
            case .matrix:
                MatrixSender(
                    api: MatrixAPI(homeserver: "https://hs.example.org", accessToken: Secret("t"), client: client),
                    directRooms: MatrixDirectRooms(load: { _ in nil }, save: { _, _ in })
                )
            case .telegram: TelegramSender(botToken: Secret("1:x"), client: client)
            case .teams: TeamsWorkflowSender(workflowURL: Secret("https://prod.workflows.example/hook"), client: client)
            }
        }

        var destination: OutgoingMessage.Destination {
            switch self {
            case .slack: .conversation("CGLOBAL")
            case .mattermost: .conversation("town-square")
            case .zulip: .conversation("stream:5:welcome")
            case .discord: .replyURL("https://discord.com/api/webhooks/1/tok")
            case .matrix: .conversation("!room:hs")
            case .telegram: .conversation("4242")
            case .teams: .conversation("19:channel")
            }
        }

        /// What would notify a whole channel here; Slack's are its `<!…>` forms.
        var mentions: [String] {
            switch self {
            case .slack: ["<!channel>", "<!here>", "<!everyone>", "<https://"]
            case .mattermost: ["@channel", "@all", "@here", "@everyone"]
            case .zulip: ["@**all**"]
            case .discord: ["@everyone", "@here", "@channel", "@all"]
            case .matrix: ["@room"]
            case .telegram, .teams: []
            }
        }
    }

    /// Every string an API request carried: JSON string values, or form values, as the platform reads them.
    static func strings(_ request: HTTPClientRequest) -> [String] {
        if let json = try? JSONSerialization.jsonObject(with: Data(request.body)) { return strings(in: json) }
        return FormEncoding.decode(String(decoding: request.body, as: UTF8.self)).map(\.value)
    }

    static func strings(in json: Any) -> [String] {
        switch json {
        case let text as String: [text]
        case let array as [Any]: array.flatMap(strings(in:))
        case let object as [String: Any]: object.values.flatMap(strings(in:))
        default: []
        }
    }

    @Test(arguments: Platform.allCases)
    func securityD7PeoplesTextReachesEveryPlatformNeutralised(_ platform: Platform) throws {
        let client = RecordingHTTPClient { request in
            request.url.contains("/send/") ? .json(#"{"event_id":"$1"}"#) : .json(#"{"ok":true,"id":"p","result":"success","channel":{"id":"D1"}}"#)
        }
        let sender = platform.sender(client)
        for (index, reply) in try Self.queuedReplies().enumerated() {
            let message = OutgoingMessage(platform: platform.rawValue, workspace: "T0001", destination: platform.destination, reply: reply)
            #expect(sender.deliver(OutboxEnvelope(id: Int64(index + 1), idempotencyKey: "k\(index)", attempt: 1, message: message)) == .delivered)
        }
        let sent = client.requests.flatMap(Self.strings).joined(separator: "\n")
        for mention in platform.mentions {
            #expect(sent.range(of: mention, options: .caseInsensitive) == nil, "\(platform): \(mention) reached the API")
        }
        #expect(!sent.contains("](") && !sent.contains("]["), "\(platform): a Markdown link reached the API")
        #expect(sent.contains("Reset SSO") && sent.contains("evil.example/sso") && sent.contains("everyone"), "\(platform): still readable")
        if platform == .discord {
            #expect(client.requests.allSatisfy { String(decoding: $0.body, as: UTF8.self).contains(#""allowed_mentions":{"parse":[]}"#) })
        }
    }

    @Test func securityD7SlackNotificationTextIsEscapedLikeItsBlocks() {
        let text = BlockKitRenderer().fallbackText([.text("Office hours: <!channel> free pizza <https://evil.example|Reset> & more")])
        #expect(text == "Office hours: &lt;!channel&gt; free pizza &lt;https://evil.example|Reset&gt; &amp; more")
    }
}
