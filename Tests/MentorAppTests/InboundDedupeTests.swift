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

/// Finding D11 (security probe): the same signed delivery sent twice runs once. Every platform with a delivery id,
/// through the real HTTP server and the configured platforms, with real signatures; the second copy gets the same
/// answer and changes nothing.
@Suite struct InboundDedupeTests {
    let chat: ChatHarness
    let assistant: CountingAssistant
    let discordKey = Ed25519.PrivateKey()
    let client = CurlHTTPClient(proxy: ProxySettings())

    init() throws {
        chat = try ChatHarness(clock: FakeClock(SlackFixture.timestamp))
        assistant = CountingAssistant(chat.assistant)
        let links: [(String, String, String)] = [
            ("slack", "T0001", "U2147483697"), ("discord", "global", "80351110224678912"),
            ("telegram", "mentord_bot", "111222333"), ("teams", "72f988bf-86f1-41af-91ab-2d7cd011db47", "6b7e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"),
            ("zulip", "example", "8"), ("mattermost", "88oybd1dwfdoxpkpw1h5kpbyco", "d1ugncqbtpbtpq5cauc1t9fzmr"),
        ]
        for (platform, workspace, user) in links {
            _ = chat.say("whoami", from: ChatIdentity(platform: platform, workspace: workspace, userID: user), email: "bruno@example.com")
        }
    }

    /// Every webhook platform behind one real server, as `serve` wires them.
    func serve(wake: @escaping @Sendable () -> Void = {}, _ body: (String) throws -> Void) throws {
        let values = try ConfigLoader(environment: [
            "MENTORD_SLACK_SIGNING_SECRET": SlackFixture.secret, "MENTORD_SLACK_BOT_TOKEN": "xoxb-t",
            "MENTORD_DISCORD_PUBLIC_KEY": Hex.encode(discordKey.publicKey), "MENTORD_DISCORD_APPLICATION_ID": "1100000000000000001",
            "MENTORD_TEAMS_SECURITY_TOKEN": try PlatformFixture.document(platform: "teams", "message")["security_token"] as! String,
            "MENTORD_TELEGRAM_BOT_TOKEN": "1:x", "MENTORD_TELEGRAM_SECRET_TOKEN": "telegram-secret-xyz", "MENTORD_TELEGRAM_BOT_USERNAME": "mentord_bot",
            "MENTORD_MATTERMOST_COMMAND_TOKEN": "xr3j5x3p4pfk8gjb9tdbbozaly", "MENTORD_MATTERMOST_ACTIONS_URL": "https://mentord.example.com/mattermost/actions",
            "MENTORD_MATTERMOST_URL": "https://mattermost.example.com",
            "MENTORD_ZULIP_TOKEN": "zulip-outgoing-token-abc123",
        ]).load(file: nil)
        let platforms = try ChatPlatformSet(values: values, app: chat.app, assistant: chat.assistant, wake: wake, respond: assistant.respond)
        let server = HTTPServer(
            configuration: HTTPServerConfiguration(port: 0, bodyLimitBytes: 1_048_576),
            handler: AppRoutes.router(for: chat.app, assistant: chat.assistant, platforms: platforms.routes).handle
        )
        try server.start()
        defer { server.shutdown() }
        try body("http://127.0.0.1:\(server.port)")
    }

    /// Sends `request` twice; both answers, which must be the same.
    func twice(_ request: HTTPRequest, to base: String, retryHeader: (String, String)? = nil) throws -> HTTPResponse {
        let first = try client.send(HTTPClientRequest(method: "POST", url: base + request.path, headers: request.headers, body: request.body))
        var headers = request.headers
        if let (name, value) = retryHeader { headers.set(name, value) }
        let second = try client.send(HTTPClientRequest(method: "POST", url: base + request.path, headers: headers, body: request.body))
        #expect(first.status == 200, "\(request.path): \(first.bodyText)")
        #expect(second.status == first.status)
        #expect(second.bodyText == first.bodyText, "the repeat gets the same answer")
        return first
    }

    var queued: Int { (try? chat.app.outbox.due(limit: 100).count) ?? -1 }

    @Test func securityD11ASlackCommandSentTwiceRunsOnce() throws {
        try serve { base in
            let response = try twice(try SlackFixture.request("command-profile-set", path: "/slack/commands"), to: base)
            #expect(response.bodyText.contains("Saved your time zone."))
        }
        #expect(assistant.runs == 1)
        #expect(try chat.profile(of: "bruno@example.com")?.timeZoneID == "Europe/Berlin")
    }

    @Test func securityD11ASlackEventRetriedWithRetryNumIsAnsweredOnce() throws {
        try serve { base in
            _ = try twice(try SlackFixture.request("event-message-im", path: "/slack/events"), to: base, retryHeader: ("X-Slack-Retry-Num", "1"))
        }
        #expect(assistant.runs == 1)
        #expect(queued == 1, "one reply in the outbox")
    }

    @Test func securityD11ASlackButtonClickSentTwiceIsAnsweredOnce() throws {
        try serve { base in _ = try twice(try SlackFixture.request("interaction-button", path: "/slack/interactions"), to: base) }
        #expect(assistant.runs == 1)
        #expect(queued == 1)
    }

    @Test func securityD11ADiscordInteractionSentTwiceRunsOnce() throws {
        let body = Array(#"{"application_id":"1100000000000000001","token":"dG9rZW4","id":"1200000000000000777","type":2,"guild_id":"290926798626357999","channel_id":"645027906669510667","member":{"user":{"id":"80351110224678912","username":"nelly"}},"data":{"name":"mentor","type":1,"options":[{"name":"command","type":3,"value":"profile set timezone Europe/Berlin"}]}}"#.utf8)
        let request = HTTPRequest(method: "POST", path: "/discord/interactions", headers: [
            "Content-Type": "application/json", "X-Signature-Timestamp": "1795597200",
            "X-Signature-Ed25519": Hex.encode(discordKey.sign(Array("1795597200".utf8) + body)),
        ], body: body)
        try serve { base in
            let response = try twice(request, to: base)
            #expect(response.bodyText.contains("Saved your time zone."))
        }
        #expect(assistant.runs == 1)
    }

    @Test func securityD11ATelegramUpdateSentTwiceRunsOnce() throws {
        try serve { base in
            let response = try twice(try PlatformFixture.request(platform: "telegram", "private-text", path: "/telegram/webhook"), to: base)
            #expect(response.bodyText.contains("sendMessage"))
        }
        #expect(assistant.runs == 1)
        #expect(try chat.profile(of: "bruno@example.com")?.timeZoneID == "America/Sao_Paulo")
    }

    @Test func securityD11ATeamsActivitySentTwiceRunsOnce() throws {
        try serve { base in _ = try twice(try PlatformFixture.request(platform: "teams", "message", path: "/teams/webhook"), to: base) }
        #expect(assistant.runs == 1)
    }

    @Test func aZulipMessageSentTwiceRunsOnce() throws {
        let body = Array(#"{"token":"zulip-outgoing-token-abc123","trigger":"mention","data":"@**mentord** profile set timezone Europe/Berlin","message":{"id":4242,"sender_id":8,"sender_email":"alice@example.com","sender_realm_str":"example","type":"stream","stream_id":5,"subject":"t","content":"@**mentord** profile set timezone Europe/Berlin"}}"#.utf8)
        try serve { base in
            let response = try twice(HTTPRequest(method: "POST", path: "/zulip/webhook", headers: ["Content-Type": "application/json"], body: body), to: base)
            #expect(response.bodyText.contains("Saved your time zone."))
        }
        #expect(assistant.runs == 1)
    }

    @Test func aMattermostCommandSentTwiceRunsOnce() throws {
        let body = Array("channel_id=fukxanjgjbnp7ng383at53k1sy&command=%2Fmentor&team_id=88oybd1dwfdoxpkpw1h5kpbyco&text=profile+set+timezone+Europe%2FBerlin&token=xr3j5x3p4pfk8gjb9tdbbozaly&trigger_id=T1R3&user_id=d1ugncqbtpbtpq5cauc1t9fzmr".utf8)
        try serve { base in
            let request = HTTPRequest(method: "POST", path: "/mattermost/commands", headers: ["Content-Type": "application/x-www-form-urlencoded"], body: body)
            let response = try twice(request, to: base)
            #expect(response.bodyText.contains("Saved your time zone."))
        }
        #expect(assistant.runs == 1)
    }

    @Test func theOutboxWorkerIsWokenWhenADeliveryQueuesAMessage() throws {
        let bell = Bell()
        try serve(wake: bell.ring) { base in
            _ = try twice(try SlackFixture.request("command-profile-set", path: "/slack/commands"), to: base)
            #expect(bell.rings == 0, "the slash command was answered in its response and queued nothing")
            _ = try twice(try SlackFixture.request("interaction-button", path: "/slack/interactions"), to: base)
        }
        #expect(bell.rings == 1, "the click's answer was queued for its response_url; its repeat queued nothing")
    }

    @Test func aReadOnlyCommandIsAnsweredAgainWithoutKeepingARecord() throws {
        try serve { base in _ = try twice(try SlackFixture.request("command-help", path: "/slack/commands"), to: base) }
        #expect(assistant.runs == 2, "help changed nothing, so its repeat is simply answered again")
        #expect(try chat.app.database.read { try $0.queryFirst("SELECT COUNT(*) FROM inbox") { $0.int(0) } } == 0)
    }

    @Test func oldDeliveriesArePrunedAfterTheRetentionWindow() throws {
        try serve { base in _ = try twice(try SlackFixture.request("command-profile-set", path: "/slack/commands"), to: base) }
        let pass = BackgroundWork.inbox(SQLiteInbox(database: chat.app.database), app: chat.app)
        #expect(pass() == 3600)
        #expect(try chat.app.database.read { try $0.queryFirst("SELECT COUNT(*) FROM inbox") { $0.int(0) } } == 1, "a fresh delivery is kept")
        chat.clock.advance(by: BackgroundWork.inboxRetention + 1)
        _ = pass()
        #expect(try chat.app.database.read { try $0.queryFirst("SELECT COUNT(*) FROM inbox") { $0.int(0) } } == 0)
    }
}

/// Counts how often the outbox worker was woken.
final class Bell: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var rings: Int { lock.withLock { count } }
    var ring: @Sendable () -> Void { { [self] in lock.withLock { count += 1 } } }
}

/// The assistant, counting its runs and optionally slow (a `match run` on a big org, stood in for by a sleep).
final class CountingAssistant: @unchecked Sendable {
    private let assistant: MentorAssistant
    private let delay: TimeInterval
    private let lock = NSLock()
    private var count = 0

    init(_ assistant: MentorAssistant, delay: TimeInterval = 0) {
        self.assistant = assistant
        self.delay = delay
    }

    var runs: Int { lock.withLock { count } }

    var respond: @Sendable (Incoming) -> [Reply] {
        { [self] incoming in
            lock.withLock { count += 1 }
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            return assistant.handle(incoming)
        }
    }
}
