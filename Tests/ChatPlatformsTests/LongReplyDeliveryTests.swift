import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Synchronization
import Testing

/// A reply of 60 blocks and over 40,000 characters, with Japanese, emoji and buttons whose commands are too long for
/// any button payload, reaches each platform's fake API complete, in several messages that each respect the
/// platform's limits. Nothing is cut or dropped (issue 12 item 8).
@Suite struct LongReplyDeliveryTests {
    static let reply = LongReply.reply

    static func envelope(_ platform: String, _ destination: OutgoingMessage.Destination) -> OutboxEnvelope {
        OutboxEnvelope(id: 1, idempotencyKey: "key-1", attempt: 1, message: OutgoingMessage(
            platform: platform, workspace: "W1", destination: destination, reply: reply
        ))
    }

    static func json(_ request: HTTPClientRequest) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
    }

    /// Checks that the delivered text holds every piece, and every button resolves to its command.
    static func expectComplete(_ texts: [String], buttons: [String] = [], references: MemoryButtonReferences? = nil) throws {
        #expect(texts.count >= 2, "a reply this long goes out in several messages")
        var commands = Set(buttons)
        if let references {
            let resolver = ButtonReferences(store: references, clock: FakeClock())
            commands = Set(try buttons.map { payload in
                let parts = payload.split(separator: "|", maxSplits: 1).map(String.init)
                return try #require(try resolver.resolve(id: parts[0], value: parts[1])).value
            })
        }
        let missing = LongReply.missing(from: texts, commands: commands)
        #expect(missing.isEmpty, "missing: \(missing.map { $0.prefix(60) })")
    }

    @Test func theReplyIsAsLongAsTheIssueAsks() {
        #expect(Self.reply.blocks.count == 60)
        #expect(PlainTextRenderer().render(Self.reply).count >= 40_000)
    }

    @Test func slackGetsEveryBlockAndButtonInMessagesOf50BlocksAtMost() throws {
        let client = RecordingHTTPClient { _ in .json(#"{"ok":true}"#) }
        let references = MemoryButtonReferences()
        let sender = SlackSender(
            workspaces: [SlackWorkspace(teamID: "W1", signingSecret: Secret("s"), botToken: Secret("xoxb"))], client: client,
            references: ButtonReferences(store: references, clock: FakeClock())
        )
        #expect(sender.deliver(Self.envelope("slack", .conversation("C1"))) == .delivered)
        var texts: [String] = []
        var buttons: [String] = []
        for request in client.requests {
            let blocks = try #require(try Self.json(request)["blocks"] as? [[String: Any]])
            #expect(blocks.count <= 50)
            var text = ""
            for block in blocks {
                if let section = (block["text"] as? [String: Any])?["text"] as? String {
                    #expect(section.unicodeScalars.count <= (block["type"] as? String == "header" ? 150 : 3000))
                    text += section
                }
                for field in block["fields"] as? [[String: Any]] ?? [] {
                    let field = try #require(field["text"] as? String)
                    #expect(field.unicodeScalars.count <= 2000)
                    text += field
                }
                let elements = block["elements"] as? [[String: Any]] ?? []
                #expect(elements.count <= 25)
                for element in elements {
                    let id = try #require(element["action_id"] as? String).split(separator: "|")[0]
                    let value = try #require(element["value"] as? String)
                    #expect(value.unicodeScalars.count <= 2000)
                    buttons.append("\(id)|\(value)")
                }
            }
            texts.append(text)
        }
        try Self.expectComplete(texts, buttons: buttons, references: references)
    }

    @Test func discordGetsEveryBlockAndButtonIn2000CharacterMessages() throws {
        let client = RecordingHTTPClient()
        let references = MemoryButtonReferences()
        let sender = DiscordSender(client: client, references: ButtonReferences(store: references, clock: FakeClock()))
        #expect(sender.deliver(Self.envelope("discord", .replyURL("https://discord.com/api/v10/webhooks/app/token"))) == .delivered)
        var texts: [String] = []
        var buttons: [String] = []
        for request in client.requests {
            let message = try Self.json(request)
            let content = try #require(message["content"] as? String)
            #expect(content.unicodeScalars.count <= 2000)
            texts.append(content)
            let rows = message["components"] as? [[String: Any]] ?? []
            #expect(rows.count <= 5)
            for row in rows {
                let components = try #require(row["components"] as? [[String: Any]])
                #expect(components.count <= 5)
                for button in components {
                    let id = try #require(button["custom_id"] as? String)
                    #expect(id.count <= 100)
                    buttons.append(id)
                }
            }
        }
        try Self.expectComplete(texts, buttons: buttons, references: references)
    }

    @Test func telegramGetsEveryBlockAndButtonIn4096UnitMessagesWith64ByteCallbacks() throws {
        let client = RecordingHTTPClient { _ in .json(#"{"ok":true,"result":{}}"#) }
        let references = MemoryButtonReferences()
        let sender = TelegramSender(botToken: Secret("1:A"), client: client, references: ButtonReferences(store: references, clock: FakeClock()))
        #expect(sender.deliver(Self.envelope("telegram", .conversation("42"))) == .delivered)
        var texts: [String] = []
        var buttons: [String] = []
        for request in client.requests {
            let message = try Self.json(request)
            let text = try #require(message["text"] as? String)
            #expect(text.utf16.count <= 4096)
            texts.append(text)
            let keyboard = (message["reply_markup"] as? [String: Any])?["inline_keyboard"] as? [[[String: Any]]] ?? []
            #expect(keyboard.joined().count <= 100)
            for button in keyboard.joined() {
                let data = try #require(button["callback_data"] as? String)
                #expect(data.utf8.count <= 64)
                buttons.append(data)
            }
        }
        #expect(buttons.count == Self.reply.actions.count)
        try Self.expectComplete(texts, buttons: buttons, references: references)
    }

    @Test func mattermostGetsEveryBlockInPostsOfItsLength() throws {
        let client = RecordingHTTPClient { _ in .json(#"{"id":"post"}"#, status: 201) }
        let sender = MattermostSender(serverURL: "https://mm.example.com", botToken: Secret("t"), botUserID: "bot", client: client)
        #expect(sender.deliver(Self.envelope("mattermost", .conversation("town-square"))) == .delivered)
        let texts = try client.requests.map { try #require(try Self.json($0)["message"] as? String) }
        #expect(texts.allSatisfy { $0.unicodeScalars.count <= 16_383 })
        try Self.expectComplete(texts)
    }

    @Test func zulipGetsEveryBlockInMessagesOf10000Characters() throws {
        let client = RecordingHTTPClient { _ in .json(#"{"result":"success"}"#) }
        let sender = ZulipSender(siteURL: "https://zulip.example.com", botEmail: "bot@example.com", apiKey: Secret("k"), client: client)
        #expect(sender.deliver(Self.envelope("zulip", .conversation("stream:5:welcome"))) == .delivered)
        let texts = try client.requests.map { request in
            try #require(FormEncoding.decode(String(decoding: request.body, as: UTF8.self)).first { $0.name == "content" }?.value)
        }
        #expect(texts.allSatisfy { $0.unicodeScalars.count <= 10_000 })
        try Self.expectComplete(texts)
    }

    @Test func teamsGetsEveryBlockInCardsUnder28KB() throws {
        let client = RecordingHTTPClient()
        let sender = TeamsWorkflowSender(workflowURL: Secret("https://teams.example.com/workflow"), client: client)
        #expect(sender.deliver(Self.envelope("teams", .conversation("announcements"))) == .delivered)
        let texts = try client.requests.map { request -> String in
            #expect(request.body.count <= 28_000)
            let attachment = try #require((try Self.json(request)["attachments"] as? [[String: Any]])?.first)
            let body = try #require((attachment["content"] as? [String: Any])?["body"] as? [[String: Any]])
            return body.compactMap { $0["text"] as? String }.joined(separator: "\n")
        }
        try Self.expectComplete(texts)
    }

    @Test func matrixGetsEveryBlockInEventsUnderTheSizeLimitEachWithItsOwnTxnID() throws {
        let client = RecordingHTTPClient { _ in .json(#"{"event_id":"$1"}"#) }
        let sender = MatrixSender(
            api: MatrixAPI(homeserver: "https://hs.example.org", accessToken: Secret("t"), client: client),
            directRooms: MatrixDirectRooms(load: { _ in nil }, save: { _, _ in })
        )
        #expect(sender.deliver(Self.envelope("matrix", .conversation("!room:hs"))) == .delivered)
        let texts = try client.requests.map { request -> String in
            #expect(request.body.count <= 65_536)
            let event = try Self.json(request)
            let body = try #require(event["body"] as? String)
            #expect(body.utf8.count + (event["formatted_body"] as? String ?? "").utf8.count <= 30_000)
            return body
        }
        let transactions = client.requests.map { $0.url.split(separator: "/").last.map(String.init) ?? "" }
        #expect(Set(transactions).count == transactions.count)
        #expect(transactions.first == "key-1")
        try Self.expectComplete(texts)
    }
}

/// Button references kept in memory, for tests without a database.
final class MemoryButtonReferences: ButtonReferenceStore {
    private let references = Mutex<[String: ButtonReference]>([:])

    func record(_ reference: ButtonReference, now: Date) throws {
        references.withLock { stored in
            stored = stored.filter { $0.value.expiresAt > now }
            stored[reference.token] = reference
        }
    }

    func reference(_ token: String, now: Date) throws -> ButtonReference? {
        references.withLock { $0[token] }.flatMap { $0.expiresAt > now ? $0 : nil }
    }
}
