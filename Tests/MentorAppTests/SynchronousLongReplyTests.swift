import ChatPlatforms
import Crypto
import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// Issue 12, "no silent truncation", for answers given in the HTTP response: a reply of 60 blocks and 40,000
/// characters, sent to a real server with real signatures, arrives complete. The response carries the first message;
/// the rest is queued with the command and delivered by the platform's outbox sender (to a recording API). Each
/// message keeps the platform's limits, and every button resolves to its command. Teams, which cannot reply later,
/// shows what fits and says so.
@Suite struct SynchronousLongReplyTests {
    let chat: ChatHarness
    let discordKey = Ed25519.PrivateKey()
    let client = CurlHTTPClient(proxy: ProxySettings())
    /// The platforms' APIs, where the outbox senders post the follow-ups.
    let api = RecordingHTTPClient { _ in .json(#"{"ok":true,"result":{"message_id":1},"id":"post"}"#) }

    init() throws {
        chat = try ChatHarness(clock: FakeClock(SlackFixture.timestamp))
    }

    /// Every webhook platform behind one real server, answering every command with ``LongReply/reply``.
    func serve(_ body: (String, ChatPlatformSet) throws -> Void) throws {
        let values = try ConfigLoader(environment: [
            "MENTORD_SLACK_SIGNING_SECRET": SlackFixture.secret, "MENTORD_SLACK_BOT_TOKEN": "xoxb-t", "MENTORD_SLACK_PEOPLE_BY_EMAIL": "false",
            "MENTORD_DISCORD_PUBLIC_KEY": Hex.encode(discordKey.publicKey), "MENTORD_DISCORD_APPLICATION_ID": "1100000000000000001",
            "MENTORD_TEAMS_SECURITY_TOKEN": try PlatformFixture.document(platform: "teams", "message")["security_token"] as! String,
            "MENTORD_TELEGRAM_BOT_TOKEN": "1:x", "MENTORD_TELEGRAM_SECRET_TOKEN": "telegram-secret-xyz", "MENTORD_TELEGRAM_BOT_USERNAME": "mentord_bot",
            "MENTORD_MATTERMOST_COMMAND_TOKEN": "xr3j5x3p4pfk8gjb9tdbbozaly", "MENTORD_MATTERMOST_ACTIONS_URL": "https://mentord.example.com/mattermost/actions",
            "MENTORD_MATTERMOST_URL": "https://mattermost.example.com",
            "MENTORD_ZULIP_TOKEN": "zulip-outgoing-token-abc123", "MENTORD_ZULIP_SITE": "https://zulip.example.com",
            "MENTORD_ZULIP_BOT_EMAIL": "bot@example.com", "MENTORD_ZULIP_API_KEY": "k",
        ]).load(file: nil)
        let platforms = try ChatPlatformSet(
            values: values, app: chat.app, assistant: chat.assistant, wake: {}, respond: { _ in [LongReply.reply] }, client: api
        )
        let server = HTTPServer(
            configuration: HTTPServerConfiguration(port: 0, bodyLimitBytes: 1_048_576),
            handler: AppRoutes.router(for: chat.app, assistant: chat.assistant, platforms: platforms.routes).handle
        )
        try server.start()
        defer { server.shutdown() }
        try body("http://127.0.0.1:\(server.port)", platforms)
    }

    /// Posts `request` and answers it; then delivers what it queued through the outbox senders. The response and the
    /// JSON (or form) bodies the senders posted, in order.
    func exchange(_ request: HTTPRequest, _ base: String, _ platforms: ChatPlatformSet) throws -> (HTTPResponse, [HTTPClientRequest]) {
        let response = try client.send(HTTPClientRequest(method: "POST", url: base + request.path, headers: request.headers, body: request.body))
        #expect(response.status == 200, "\(request.path): \(response.bodyText.prefix(300))")
        for envelope in try chat.app.outbox.due(limit: 100) {
            let sender = try #require(platforms.senders.first { $0.platform == envelope.message.platform })
            #expect(sender.deliver(envelope) == .delivered)
            try chat.app.outbox.markDelivered(envelope.id)
        }
        return (response, api.requests)
    }

    func json(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    /// Checks that `texts` and the commands behind `buttons` (`id|value` payloads, references resolved) hold the whole reply.
    func expectComplete(_ texts: [String], buttons: [String] = [], expectButtons: Bool = true) throws {
        #expect(texts.count >= 2, "a reply this long takes several messages")
        let commands = try Set(buttons.map { payload in
            let parts = payload.split(separator: "|", maxSplits: 1).map(String.init)
            return try #require(try chat.app.buttonReferences.resolve(id: parts[0], value: parts.count > 1 ? parts[1] : "")).value
        })
        if expectButtons { #expect(commands.count == LongReply.reply.actions.count, "every button, as a button") }
        let missing = LongReply.missing(from: texts, commands: commands)
        #expect(missing.isEmpty, "missing: \(missing.map { $0.prefix(40) })")
    }

    @Test func aSlackSlashCommandGetsTheFirstMessageInTheResponseAndTheRestAtItsResponseURL() throws {
        try serve { base, platforms in
            let (response, posted) = try exchange(try SlackFixture.request("command-help", path: "/slack/commands"), base, platforms)
            #expect(posted.allSatisfy { $0.url == "https://hooks.slack.com/commands/1234/5678" })
            #expect(posted.count <= 4, "response_url takes five posts at most")
            var texts: [String] = [], buttons: [String] = []
            for message in try [json(response.body)] + posted.map({ try json($0.body) }) {
                let blocks = try #require(message["blocks"] as? [[String: Any]])
                #expect(blocks.count <= 50)
                var text = ""
                for block in blocks {
                    if let section = (block["text"] as? [String: Any])?["text"] as? String {
                        #expect(section.unicodeScalars.count <= 3000)
                        text += section
                    }
                    for field in block["fields"] as? [[String: Any]] ?? [] { text += try #require(field["text"] as? String) }
                    for element in block["elements"] as? [[String: Any]] ?? [] {
                        let id = try #require(element["action_id"] as? String).split(separator: "|")[0]
                        let value = try #require(element["value"] as? String)
                        #expect(value.count <= 2000)
                        buttons.append("\(id)|\(value)")
                    }
                }
                texts.append(text)
            }
            try expectComplete(texts, buttons: buttons)
        }
    }

    @Test func aDiscordInteractionGetsTheRestAsFollowUpsThroughItsWebhook() throws {
        let body = Array(#"{"application_id":"1100000000000000001","token":"bG9uZw","id":"1200000000000000999","type":2,"guild_id":"290926798626357999","channel_id":"645027906669510667","member":{"user":{"id":"80351110224678912"}},"data":{"name":"mentor","type":1,"options":[{"name":"command","type":3,"value":"help"}]}}"#.utf8)
        let request = HTTPRequest(method: "POST", path: "/discord/interactions", headers: [
            "Content-Type": "application/json", "X-Signature-Timestamp": "1795597200",
            "X-Signature-Ed25519": Hex.encode(discordKey.sign(Array("1795597200".utf8) + body)),
        ], body: body)
        try serve { base, platforms in
            let (response, posted) = try exchange(request, base, platforms)
            let first = try json(response.body)
            #expect(first["type"] as? Int == 4)
            #expect(posted.allSatisfy { $0.url == "https://discord.com/api/v10/webhooks/1100000000000000001/bG9uZw" })
            var texts: [String] = [], buttons: [String] = []
            for message in try [#require(first["data"] as? [String: Any])] + posted.map({ try json($0.body) }) {
                let content = try #require(message["content"] as? String)
                #expect(content.unicodeScalars.count <= 2000)
                #expect(message["flags"] as? Int == 64, "private to the person who asked")
                texts.append(content)
                let rows = message["components"] as? [[String: Any]] ?? []
                #expect(rows.count <= 5)
                for row in rows {
                    for button in try #require(row["components"] as? [[String: Any]]) {
                        let id = try #require(button["custom_id"] as? String)
                        #expect(id.count <= 100)
                        buttons.append(id)
                    }
                }
            }
            try expectComplete(texts, buttons: buttons)
        }
    }

    @Test func aTelegramWebhookUpdateGetsTheRestAsMessagesToTheSameChat() throws {
        try serve { base, platforms in
            let (response, posted) = try exchange(
                try PlatformFixture.request(platform: "telegram", "private-text", path: "/telegram/webhook"), base, platforms
            )
            let first = try json(response.body)
            #expect(first["method"] as? String == "sendMessage")
            #expect(posted.allSatisfy { $0.url == "https://api.telegram.org/bot1:x/sendMessage" })
            var texts: [String] = [], buttons: [String] = []
            for message in try [first] + posted.map({ try json($0.body) }) {
                #expect(message["chat_id"] as? String == "111222333")
                let text = try #require(message["text"] as? String)
                #expect(text.utf16.count <= 4096)
                texts.append(text)
                let keyboard = (message["reply_markup"] as? [String: Any])?["inline_keyboard"] as? [[[String: Any]]] ?? []
                for button in keyboard.joined() {
                    let data = try #require(button["callback_data"] as? String)
                    #expect(data.utf8.count <= 64)
                    buttons.append(data)
                }
            }
            try expectComplete(texts, buttons: buttons)
        }
    }

    @Test func aMattermostCommandGetsTheRestAtItsResponseURL() throws {
        let form = "channel_id=fukxanjgjbnp7ng383at53k1sy&command=%2Fmentor&team_id=88oybd1dwfdoxpkpw1h5kpbyco&text=help"
            + "&token=xr3j5x3p4pfk8gjb9tdbbozaly&trigger_id=T1LONG&user_id=d1ugncqbtpbtpq5cauc1t9fzmr"
            + "&response_url=https%3A%2F%2Fmattermost.example.com%2Fhooks%2Fcommands%2Fqwe123"
        let request = HTTPRequest(
            method: "POST", path: "/mattermost/commands", headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Array(form.utf8)
        )
        try serve { base, platforms in
            let (response, posted) = try exchange(request, base, platforms)
            #expect(posted.allSatisfy { $0.url == "https://mattermost.example.com/hooks/commands/qwe123" })
            let first = try json(response.body)
            var buttons: [String] = []
            let attachments = ((first["props"] as? [String: Any])?["attachments"] as? [[String: Any]]) ?? []
            for action in attachments.flatMap({ $0["actions"] as? [[String: Any]] ?? [] }) {
                let context = try #require((action["integration"] as? [String: Any])?["context"] as? [String: Any])
                buttons.append("\(try #require(context["action"] as? String))|\(try #require(context["value"] as? String))")
            }
            let texts = try [first].map { try #require($0["text"] as? String) } + posted.map { try #require(try json($0.body)["text"] as? String) }
            #expect(texts.allSatisfy { $0.unicodeScalars.count <= 16_383 })
            #expect(try posted.allSatisfy { try json($0.body)["response_type"] as? String == "ephemeral" })
            // Follow-ups show later buttons as the command to type: Mattermost signs buttons only in the answer.
            try expectComplete(texts, buttons: buttons, expectButtons: false)
        }
    }

    @Test func aZulipMessageGetsTheRestInTheSameTopic() throws {
        let body = Array(#"{"token":"zulip-outgoing-token-abc123","trigger":"mention","data":"@**mentord** help","message":{"id":4343,"sender_id":8,"sender_email":"alice@example.com","sender_realm_str":"example","type":"stream","stream_id":5,"subject":"t","content":"@**mentord** help"}}"#.utf8)
        let request = HTTPRequest(method: "POST", path: "/zulip/webhook", headers: ["Content-Type": "application/json"], body: body)
        try serve { base, platforms in
            let (response, posted) = try exchange(request, base, platforms)
            #expect(posted.allSatisfy { $0.url == "https://zulip.example.com/api/v1/messages" })
            let rest = try posted.map { request in
                let fields = FormEncoding.decode(String(decoding: request.body, as: UTF8.self))
                #expect(fields.first { $0.name == "to" }?.value == "5")
                #expect(fields.first { $0.name == "topic" }?.value == "t")
                return try #require(fields.first { $0.name == "content" }?.value)
            }
            let texts = [try #require(try json(response.body)["content"] as? String)] + rest
            #expect(texts.allSatisfy { $0.unicodeScalars.count <= 10_000 })
            try expectComplete(texts, expectButtons: false)
        }
    }

    @Test func teamsShowsWhatFitsAndEndsWithANoteSayingTheReplyWasTooLong() throws {
        try serve { base, platforms in
            let (response, posted) = try exchange(try PlatformFixture.request(platform: "teams", "message", path: "/teams/webhook"), base, platforms)
            #expect(posted.isEmpty, "an outgoing webhook has no later path")
            #expect(response.body.count <= 28_000)
            let text = try #require(try json(response.body)["text"] as? String)
            #expect(text.hasSuffix("This reply was too long for one Teams message and stops here. To see the rest, ask for less at a time (a narrower search, or @mentord help for one command), or ask your program manager to run it in the mentord console."))
            #expect(text.contains("B0 見出し") && text.contains("B3F11"), "the parts that fit, from the start (the next is a line of 70 KB)")
        }
    }
}
