@testable import ChatPlatforms
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
import Synchronization
import Testing

/// Finding D9 (security probe): anonymous feedback could be traced to its sender from the database, because the
/// reply carrying the one-time token waited in the outbox addressed to the sender's DM while the feedback row kept
/// the same token in clear.
///
/// Each platform path below takes a person's `feedback --anonymous …` in the platform's real payload shape and
/// signature, through the real server (or poller), pipeline, store and outbox worker. Then, both before and after the
/// outbox delivers, it checks that nothing **links** the sender to the feedback. "Links" means any of:
/// - one SQLite page (of the database file, or a frame of its `-wal`) holding both something that names the sender
///   (email, display name, chat user id, the DM they wrote from) and something that names the feedback (its unique
///   text, its token, its id written as `#ID`); a record never spans pages here, so this is stricter than one row;
/// - the token anywhere in the file or the WAL (only its SHA-256 digest is kept), or in any outbox row or log line;
/// - an outbox row addressed to the sender that carries the feedback's text, id or a `feedback check` token;
/// - a feedback column that points at the sender (`sender_id`), or a time shared with the sender's rows to the
///   second: the row keeps only the UTC day (`created_at` at midnight) and a random id, not the next rowid;
/// - a log line with the feedback's text or token.
///
/// What is left on purpose: the sender's own confirmation ("Sent anonymously") is queued at that moment on the paths
/// that reply through the outbox, so someone reading the outbox then knows that *someone at that address* sent
/// anonymous feedback that day, not which one. On those paths the confirmation holds no token; the sender can choose
/// their own code (`--code`) instead.
@Suite(.serialized) struct SecurityD9AnonymityScanTests {
    /// Every way a person can send a command.
    enum Path: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case slackCommand, slackDirectMessage, slackButton, discord, teams, mattermost, zulip, telegramWebhook, telegramPolling, matrix
        case console

        var testDescription: String { rawValue }

        /// Whether the platform answers in the HTTP response (so the token can be shown there and nowhere else).
        var answersDirectly: Bool {
            switch self {
            case .slackCommand, .discord, .teams, .mattermost, .zulip, .telegramWebhook, .console: true
            case .slackDirectMessage, .slackButton, .telegramPolling, .matrix: false
            }
        }
    }

    /// The sender's chat account on `path`, and the conversation they write from.
    static func account(_ path: Path) -> (identity: ChatIdentity, conversation: String) {
        switch path {
        case .slackCommand, .slackDirectMessage, .slackButton:
            (ChatIdentity(platform: "slack", workspace: "T0001", userID: "UANONSENDER7"), "DANONSENDER7")
        case .discord: (ChatIdentity(platform: "discord", workspace: "global", userID: "80351110224671234"), "1300000000000004321")
        case .teams:
            (ChatIdentity(platform: "teams", workspace: "72f988bf-86f1-41af-91ab-2d7cd011db47", userID: "6b7e4f2a-aaaa-4e5f-8a9b-anonsender77"), "19:anonsender77@thread.skype")
        case .mattermost: (ChatIdentity(platform: "mattermost", workspace: "88oybd1dwfdoxpkpw1h5kpbyco", userID: "anonsender7mattermost0000"), "anonsender7channel0000000")
        case .zulip: (ChatIdentity(platform: "zulip", workspace: "example", userID: "774411"), "private:774411")
        case .telegramWebhook, .telegramPolling: (ChatIdentity(platform: "telegram", workspace: "mentord_bot", userID: "774411229"), "774411229")
        case .matrix: (ChatIdentity(platform: "matrix", workspace: "hs.test", userID: "@anonsender7:hs.test"), "!anonsender7dm:hs.test")
        case .console: (ChatIdentity(platform: "console", workspace: "local", userID: "bruno@example.com"), "console")
        }
    }

    static let sender = "bruno@example.com"

    @Test(arguments: Path.allCases)
    func securityD9AnonymousFeedbackLeavesNoLinkToItsSenderOnAnyPath(_ path: Path) throws {
        let chat = try ChatHarness(clock: FakeClock(SlackFixture.timestamp))
        try chat.grant(.programManager, to: "priya@example.com")
        let (identity, conversation) = Self.account(path)
        if path != .console { _ = chat.say("whoami", from: identity, email: Self.sender) }
        let marker = "ANONMARK-\(path.rawValue)-5b1e my manager blocks mentoring time"
        let api = FakePlatformAPIs(path: path, identity: identity, conversation: conversation, command: "feedback --anonymous " + marker)
        let world = try AnonymityWorld(chat: chat, api: api)

        let answer = try world.send(path, identity: identity, conversation: conversation, command: "feedback --anonymous " + marker)
        let token = answer.firstMatch(of: /feedback check ([0-9a-f]{24})/).map { String($0.1) }
        if path.answersDirectly {
            #expect(token != nil, "the direct answer shows the token: \(answer)")
        } else {
            #expect(token == nil, "a queued answer carries no token")
            let queued = try chat.app.outbox.due(limit: 100).map(\.message)
            #expect(queued.contains { PlainTextRenderer().render($0.reply).contains("Sent anonymously") }, "the sender is told: \(queued)")
        }
        let feedback = try #require(try Self.feedbackRow(chat), "the feedback was stored")
        #expect(feedback.text.contains(marker))
        #expect(feedback.sender == nil && feedback.legacyToken == nil)
        #expect(feedback.id >= 100_000 && feedback.id <= 999_999, "a random id, not the next rowid")
        #expect(feedback.createdAt % 86_400 == 0 && feedback.createdAt != Int64(chat.clock.now.timeIntervalSince1970), "only the day")
        if let token { #expect(feedback.digest == Hex.encode(SHA256.digest(Array(token.utf8))), "the token is kept only as its digest") }

        // The console's conversation is called "console" for everyone, so it names nobody.
        let senderNames = [Self.sender, "Bruno Silva", identity.userID] + (path == .console ? [] : [conversation])
        let feedbackNames = [marker, "#\(feedback.id)"] + (token.map { [$0] } ?? [])
        try Self.expectNoLink(chat, senderNames: senderNames, feedbackNames: feedbackNames, token: token, moment: "queued")
        #expect(try world.deliverOutbox() > 0 || path.answersDirectly, "the outbox delivered")
        try Self.expectNoLink(chat, senderNames: senderNames, feedbackNames: feedbackNames, token: token, moment: "delivered")
        #expect(try chat.inbox(of: "priya@example.com").contains("New confidential feedback is waiting"))
    }

    /// The one feedback row, as stored.
    static func feedbackRow(_ chat: ChatHarness) throws -> (id: Int64, text: String, sender: Int64?, legacyToken: String?, digest: String?, createdAt: Int64)? {
        try chat.app.database.read { connection in
            try connection.queryFirst("SELECT id, text, sender_id, reply_token, reply_digest, created_at FROM feedback") { row in
                (row.int64(0), row.string(1), row.optionalInt64(2), row.optionalString(3), row.optionalString(4), row.int64(5))
            }
        }
    }

    static func expectNoLink(_ chat: ChatHarness, senderNames: [String], feedbackNames: [String], token: String?, moment: String) throws {
        let pages = try SQLitePages.read(chat.app.database.path)
        #expect(pages.contains { $0.contains(senderNames[0]) }, "the scan sees the sender's row (\(moment))")
        for page in pages {
            guard let who = senderNames.first(where: { page.contains($0) }) else { continue }
            if let what = feedbackNames.first(where: { page.contains($0) }) {
                Issue.record("\(moment): a page of \(page.source) holds \(who) and \(what)")
            }
        }
        if let token { #expect(!pages.contains { $0.contains(token) }, "\(moment): the token is in the file or WAL") }
        let outbox = try chat.app.database.read { connection in
            try connection.query("SELECT payload, last_error FROM outbox") { $0.string(0) + "\n" + $0.string(1) }
        }
        for row in outbox {
            #expect(row.firstMatch(of: /feedback check [0-9a-f]{24}/) == nil, "\(moment): an outbox row carries a token: \(row)")
            #expect(!feedbackNames.contains { row.contains($0) } || !senderNames.contains { row.contains($0) }, "\(moment): \(row)")
        }
        for line in chat.logger.lines {
            let text = "\(line.message.rawValue) \(line.fields)"
            #expect(!feedbackNames.contains { text.contains($0) }, "\(moment): the log names the feedback: \(text)")
        }
    }
}

/// The database file's pages and its WAL's frames, as bytes: a record is written inside one page.
struct SQLitePages {
    var source: String
    var bytes: Data

    func contains(_ text: String) -> Bool { bytes.range(of: Data(text.utf8)) != nil }

    static func read(_ path: String) throws -> [SQLitePages] {
        var pages: [SQLitePages] = []
        guard let file = FileManager.default.contents(atPath: path) else { return [] }
        let raw = Int(file[16]) << 8 | Int(file[17])
        let size = raw == 1 ? 65_536 : raw
        for start in stride(from: 0, to: file.count, by: size) {
            pages.append(SQLitePages(source: "the database file", bytes: file.subdata(in: start..<min(file.count, start + size))))
        }
        // A WAL is a 32-byte header, then frames of a 24-byte header and one page.
        if let wal = FileManager.default.contents(atPath: path + "-wal"), wal.count > 32 {
            for start in stride(from: 32, to: wal.count, by: 24 + size) {
                pages.append(SQLitePages(source: "the WAL", bytes: wal.subdata(in: start..<min(wal.count, start + 24 + size))))
            }
        }
        return pages
    }
}

/// The platforms' own APIs as a recording client: Slack, Discord, Telegram and Matrix calls are answered as those
/// services answer them, and the Telegram and Matrix pollers get the person's message in their next batch.
final class FakePlatformAPIs: @unchecked Sendable {
    let client: RecordingHTTPClient

    init(path: SecurityD9AnonymityScanTests.Path, identity: ChatIdentity, conversation: String, command: String) {
        let update = JSONValue.object([
            ("update_id", 50_001), ("message", .object([
                ("message_id", 77), ("from", .object([("id", .int(Int(identity.userID) ?? 0)), ("is_bot", false), ("first_name", "Bruno")])),
                ("chat", .object([("id", .int(Int(identity.userID) ?? 0)), ("type", "private")])), ("date", 1_795_597_201),
                ("text", .string("/" + command.replacingOccurrences(of: "feedback ", with: "feedback@mentord_bot ", options: .anchored))),
            ])),
        ])
        let event = JSONValue.object([
            ("type", "m.room.message"), ("sender", .string(identity.userID)), ("event_id", "$anonfeedback1"),
            ("origin_server_ts", 1_795_597_200_000), ("content", .object([("msgtype", "m.text"), ("body", .string("!mentor " + command))])),
        ])
        let polled = Mutex(false)
        client = RecordingHTTPClient { request in
            if request.url.contains("/getUpdates") {
                let first = polled.withLock { done in defer { done = true }; return !done }
                return .json(JSONValue.object([("ok", true), ("result", .array(first && path == .telegramPolling ? [update] : []))]).text)
            }
            if request.url.contains("/sync") {
                let since = request.url.contains("since=")
                let events: [JSONValue] = since && path == .matrix ? [event] : []
                return .json(JSONValue.object([
                    ("next_batch", since ? "s2" : "s1"),
                    ("rooms", .object([("join", .object([(conversation, .object([("timeline", .object([("events", .array(events))]))]))]))])),
                ]).text)
            }
            return .json(#"{"ok":true,"result":{"message_id":1},"event_id":"$sent","channel":{"id":"D0NEW"}}"#)
        }
    }
}

/// Every platform behind one real server, as `serve` wires them, plus the two pollers and the outbox worker.
struct AnonymityWorld {
    let chat: ChatHarness
    let platforms: ChatPlatformSet
    let discordKey = Ed25519.PrivateKey()
    let client = CurlHTTPClient(proxy: ProxySettings())
    let telegram: TelegramPoller
    let matrix: MatrixPlatform
    let matrixSender: MatrixSender
    let teamsToken: String

    init(chat: ChatHarness, api: FakePlatformAPIs) throws {
        self.chat = chat
        teamsToken = try PlatformFixture.document(platform: "teams", "message")["security_token"] as! String
        let values = try ConfigLoader(environment: [
            "MENTORD_SLACK_SIGNING_SECRET": SlackFixture.secret, "MENTORD_SLACK_BOT_TOKEN": "xoxb-t",
            "MENTORD_DISCORD_PUBLIC_KEY": Hex.encode(discordKey.publicKey), "MENTORD_DISCORD_APPLICATION_ID": "1100000000000000001",
            "MENTORD_TEAMS_SECURITY_TOKEN": teamsToken,
            "MENTORD_TELEGRAM_BOT_TOKEN": "1:x", "MENTORD_TELEGRAM_SECRET_TOKEN": "telegram-secret-xyz", "MENTORD_TELEGRAM_BOT_USERNAME": "mentord_bot",
            "MENTORD_MATTERMOST_COMMAND_TOKEN": "xr3j5x3p4pfk8gjb9tdbbozaly", "MENTORD_MATTERMOST_ACTIONS_URL": "https://mentord.example.com/mattermost/actions",
            "MENTORD_MATTERMOST_URL": "https://mattermost.example.com",
            "MENTORD_ZULIP_TOKEN": "zulip-outgoing-token-abc123",
        ]).load(file: nil)
        platforms = try ChatPlatformSet(values: values, app: chat.app, assistant: chat.assistant, wake: {}, client: api.client)
        let environment = ChatPlatformSet.environment(app: chat.app, inbound: platforms.inbound, catalog: chat.assistant.messages, client: api.client)
        telegram = TelegramPoller(botToken: Secret("1:x"), botUsername: "mentord_bot", apiBase: "https://api.telegram.org", environment: environment)
        let matrixAPI = MatrixAPI(homeserver: "https://hs.test", accessToken: Secret("syt"), client: api.client)
        matrix = MatrixPlatform(api: matrixAPI, ownUserID: "@mentord:hs.test", allowedServers: ["hs.test"], environment: environment)
        matrixSender = MatrixSender(api: matrixAPI, directRooms: MatrixDirectRooms(load: { _ in nil }, save: { _, _ in }))
    }

    /// Delivers what is due through every platform's sender; how many went out.
    func deliverOutbox() throws -> Int {
        try OutboxWorker(outbox: chat.app.outbox, senders: platforms.senders + [matrixSender], clock: chat.clock, logger: chat.logger).deliverDue()
    }

    /// Sends `command` from `identity` on `path`; the text of the direct answer (empty when the reply is queued).
    func send(_ path: SecurityD9AnonymityScanTests.Path, identity: ChatIdentity, conversation: String, command: String) throws -> String {
        switch path {
        case .console:
            return ConsoleChat(email: SecurityD9AnonymityScanTests.sender, handle: platforms.inbound.replies).reply(to: command)
        case .telegramPolling:
            try telegram.pollOnce(timeoutSeconds: 0)
            return ""
        case .matrix:
            try matrix.syncOnce(timeoutMilliseconds: 0)
            try matrix.syncOnce(timeoutMilliseconds: 0)
            return ""
        default:
            let request = try request(path, identity: identity, conversation: conversation, command: command)
            let server = HTTPServer(
                configuration: HTTPServerConfiguration(port: 0, bodyLimitBytes: 1_048_576),
                handler: AppRoutes.router(for: chat.app, assistant: chat.assistant, platforms: platforms.routes).handle
            )
            try server.start()
            defer { server.shutdown() }
            let response = try client.send(HTTPClientRequest(
                method: "POST", url: "http://127.0.0.1:\(server.port)" + request.path, headers: request.headers, body: request.body
            ))
            #expect(response.status == 200, "\(path): \(response.bodyText)")
            return response.bodyText.replacingOccurrences(of: "\\n", with: "\n")
        }
    }

    /// The platform's request for `command`, built from the signed fixture's shape and signed as the platform signs.
    func request(_ path: SecurityD9AnonymityScanTests.Path, identity: ChatIdentity, conversation: String, command: String) throws -> HTTPRequest {
        let now = String(Int(chat.clock.now.timeIntervalSince1970))
        switch path {
        case .slackCommand:
            let body = FormEncoding.encode([
                ("token", "gIkuvaNzQIHg97ATvDxqgjtO"), ("team_id", "T0001"), ("team_domain", "example"), ("channel_id", conversation),
                ("channel_name", "directmessage"), ("user_id", identity.userID), ("user_name", "bruno"), ("command", "/mentor"), ("text", command),
                ("api_app_id", "A123456"), ("response_url", "https://hooks.slack.com/commands/1234/5678"), ("trigger_id", "13345224609.738474920.anon7"),
            ])
            return slack("/slack/commands", body: body, type: "application/x-www-form-urlencoded", at: now)
        case .slackDirectMessage:
            let body = JSONValue.object([
                ("token", "XXYYZZ"), ("team_id", "T0001"), ("api_app_id", "A123456"), ("type", "event_callback"), ("event_id", "Ev0ANON77"),
                ("event_time", 1_795_597_200), ("event", .object([
                    ("type", "message"), ("channel", .string(conversation)), ("user", .string(identity.userID)), ("text", .string(command)),
                    ("ts", "1795597200.000005"), ("event_ts", "1795597200.000005"), ("channel_type", "im"),
                ])),
            ]).text
            return slack("/slack/events", body: body, type: "application/json", at: now)
        case .slackButton:
            let payload = JSONValue.object([
                ("type", "block_actions"), ("team", .object([("id", "T0001"), ("domain", "example")])),
                ("user", .object([("id", .string(identity.userID)), ("username", "bruno"), ("team_id", "T0001")])), ("api_app_id", "A123456"),
                ("token", "gIkuvaNzQIHg97ATvDxqgjtO"), ("trigger_id", "12321423423.333649436676.anon7"),
                ("channel", .object([("id", .string(conversation)), ("name", "directmessage")])),
                ("response_url", "https://hooks.slack.com/actions/T0001/123456/anon7"),
                ("actions", .array([.object([
                    ("action_id", "run|0"), ("block_id", "b1"), ("text", .object([("type", "plain_text"), ("text", "Send")])),
                    ("value", .string(command)), ("type", "button"), ("action_ts", "1795597200.840180"),
                ])])),
            ]).text
            return slack("/slack/interactions", body: FormEncoding.encode([("payload", payload)]), type: "application/x-www-form-urlencoded", at: now)
        case .discord:
            let body = Array(JSONValue.object([
                ("application_id", "1100000000000000001"), ("token", "YW5vbmZlZWRiYWNr"), ("version", 1), ("id", "1200000000000000877"), ("type", 2),
                ("channel_id", .string(conversation)), ("user", .object([("id", .string(identity.userID)), ("username", "bruno")])),
                ("data", .object([("id", "1100000000000000099"), ("name", "mentor"), ("type", 1),
                    ("options", .array([.object([("name", "command"), ("type", 3), ("value", .string(command))])]))])),
            ]).text.utf8)
            return HTTPRequest(method: "POST", path: "/discord/interactions", headers: [
                "Content-Type": "application/json", "X-Signature-Timestamp": now,
                "X-Signature-Ed25519": Hex.encode(discordKey.sign(Array(now.utf8) + body)),
            ], body: body)
        case .teams:
            let body = Array(JSONValue.object([
                ("type", "message"), ("id", "1485983408999"), ("timestamp", "2026-11-25T09:00:00.000Z"), ("channelId", "msteams"),
                ("serviceUrl", "https://smba.trafficmanager.net/emea/"),
                ("from", .object([("id", "29:anon"), ("name", "Bruno Silva"), ("aadObjectId", .string(identity.userID))])),
                ("conversation", .object([("isGroup", true), ("id", .string(conversation)), ("conversationType", "channel"), ("tenantId", .string(identity.workspace))])),
                ("textFormat", "plain"), ("text", .string("<at>mentord</at>&nbsp;" + command)),
                ("channelData", .object([("tenant", .object([("id", .string(identity.workspace))]))])),
            ]).text.utf8)
            let signature = Data(HMAC.sha256(key: Array(Data(base64Encoded: teamsToken)!), message: body)).base64EncodedString()
            return HTTPRequest(method: "POST", path: "/teams/webhook", headers: ["Content-Type": "application/json", "Authorization": "HMAC " + signature], body: body)
        case .mattermost:
            let body = FormEncoding.encode([
                ("channel_id", conversation), ("command", "/mentor"), ("team_id", identity.workspace), ("text", command),
                ("token", "xr3j5x3p4pfk8gjb9tdbbozaly"), ("trigger_id", "anon7trigger"), ("user_id", identity.userID),
            ])
            return HTTPRequest(method: "POST", path: "/mattermost/commands", headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Array(body.utf8))
        case .zulip:
            let body = JSONValue.object([
                ("token", "zulip-outgoing-token-abc123"), ("trigger", "private_message"), ("data", .string(command)),
                ("message", .object([
                    ("id", 4747), ("sender_id", .int(Int(identity.userID)!)), ("sender_email", "user774411@zulip.example.com"),
                    ("sender_realm_str", "example"), ("type", "private"), ("content", .string(command)),
                ])),
            ]).text
            return HTTPRequest(method: "POST", path: "/zulip/webhook", headers: ["Content-Type": "application/json"], body: Array(body.utf8))
        case .telegramWebhook:
            let body = JSONValue.object([
                ("update_id", 50_002), ("message", .object([
                    ("message_id", 78), ("from", .object([("id", .int(Int(identity.userID)!)), ("is_bot", false), ("first_name", "Bruno")])),
                    ("chat", .object([("id", .int(Int(identity.userID)!)), ("type", "private")])), ("date", 1_795_597_201), ("text", .string(command)),
                ])),
            ]).text
            return HTTPRequest(method: "POST", path: "/telegram/webhook", headers: [
                "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": "telegram-secret-xyz",
            ], body: Array(body.utf8))
        case .console, .telegramPolling, .matrix:
            preconditionFailure("\(path) does not come over HTTP")
        }
    }

    /// A Slack request signed as Slack signs: `v0=` HMAC-SHA256 of `v0:timestamp:body` under the signing secret.
    private func slack(_ path: String, body: String, type: String, at timestamp: String) -> HTTPRequest {
        let signature = "v0=" + Hex.encode(HMAC.sha256(key: Array(SlackFixture.secret.utf8), message: Array("v0:\(timestamp):\(body)".utf8)))
        return HTTPRequest(method: "POST", path: path, headers: [
            "Content-Type": type, "X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature,
        ], body: Array(body.utf8))
    }
}
