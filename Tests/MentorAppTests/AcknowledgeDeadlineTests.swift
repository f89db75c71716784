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

/// Ack, then continue (Bolt's lazy listeners): a command still running at the platform's deadline is acknowledged in
/// time, and its real reply follows through the platform's later-reply path, queued with the command's writes.
@Suite(.serialized) struct AcknowledgeDeadlineTests {
    let chat: ChatHarness
    let client = CurlHTTPClient(proxy: ProxySettings())
    let secret = "deadline-signing-secret"

    init() throws {
        chat = try ChatHarness(clock: FakeClock(SlackFixture.timestamp))
        _ = chat.say("whoami", from: ChatIdentity(platform: "slack", workspace: "T0001", userID: "U2147483697"), email: "bruno@example.com")
        _ = chat.say("whoami", from: ChatIdentity(platform: "discord", workspace: "global", userID: "80351110224678912"), email: "bruno@example.com")
        _ = chat.say("whoami", from: ChatIdentity(platform: "mattermost", workspace: "88oybd1dwfdoxpkpw1h5kpbyco", userID: "d1ugncqbtpbtpq5cauc1t9fzmr"), email: "bruno@example.com")
    }

    /// The daemon's routes for `environment`, with an assistant that takes `delay` seconds per command.
    func serve(_ environment: [String: String], delay: TimeInterval, _ body: (String, CountingAssistant, ChatPlatformSet) throws -> Void) throws {
        let assistant = CountingAssistant(chat.assistant, delay: delay)
        let values = try ConfigLoader(environment: environment).load(file: nil)
        let platforms = try ChatPlatformSet(
            values: values, app: chat.app, assistant: chat.assistant, wake: {}, respond: assistant.respond, client: client
        )
        let server = HTTPServer(
            configuration: HTTPServerConfiguration(port: 0, bodyLimitBytes: 1_048_576, threadCount: 2),
            handler: AppRoutes.router(for: chat.app, assistant: chat.assistant, platforms: platforms.routes).handle
        )
        try server.start()
        defer { server.shutdown() }
        try body("http://127.0.0.1:\(server.port)", assistant, platforms)
    }

    func waitFor(_ seconds: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date() + seconds
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition()
    }

    /// A signed `/mentor TEXT` from Bruno, served by an assistant that takes 3.5 s per command, with the outbox worker
    /// delivering to a local `response_url`: `body` gets a way to send it, that server and the counting assistant.
    func slowSlackCommand(
        _ text: String, trigger: String,
        _ body: (_ send: () throws -> HTTPResponse, FakeResponseURL, CountingAssistant) throws -> Void
    ) throws {
        let responseURL = FakeResponseURL()
        let hooks = HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: responseURL.handle)
        try hooks.start()
        defer { hooks.shutdown() }
        let hookBase = "http://127.0.0.1:\(hooks.port)/"
        let form = "team_id=T0001&user_id=U2147483697&channel_id=C1&command=%2Fmentor&text="
            + text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! + "&trigger_id=\(trigger)&response_url="
            + (hookBase + "commands/T0001/1/2").addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let bytes = Array(form.utf8)
        let headers: HTTPHeaders = [
            "Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": "1795597200",
            "X-Slack-Signature": SlackSignature.sign(body: bytes, timestamp: "1795597200", secret: Secret(secret)),
        ]
        let workspace = SlackWorkspace(teamID: "*", signingSecret: Secret(secret), botToken: Secret("xoxb-t"))
        let worker = OutboxWorker(
            outbox: chat.app.outbox, senders: [SlackSender(workspaces: [workspace], client: client, replyURLPrefix: hookBase)],
            clock: chat.clock, logger: chat.logger
        )
        worker.start(pollInterval: 0.05)
        defer { worker.stop() }
        try serve(["MENTORD_SLACK_SIGNING_SECRET": secret, "MENTORD_SLACK_BOT_TOKEN": "xoxb-t"], delay: 3.5) { base, assistant, _ in
            let send = { try client.send(HTTPClientRequest(method: "POST", url: base + "/slack/commands", headers: headers, body: bytes)) }
            try body(send, responseURL, assistant)
        }
    }

    @Test func aSlowSlackCommandIsAcknowledgedWithinThreeSecondsAndAnsweredAtItsResponseURL() throws {
        try slowSlackCommand("profile set timezone Europe/Berlin", trigger: "13345.slow") { send, responseURL, assistant in
            let started = Date()
            let response = try send()
            let elapsed = Date().timeIntervalSince(started)
            #expect(response.status == 200)
            #expect(elapsed < 3, "answered after \(elapsed) s")
            #expect(response.bodyText.contains("Working on it"), "\(response.bodyText)")
            #expect(waitFor(10) { !responseURL.bodies.isEmpty }, "the answer reached the response_url")
            #expect(responseURL.bodies.first?.contains("Saved your time zone.") == true)
            #expect(responseURL.paths == ["/commands/T0001/1/2"])
            #expect(try chat.profile(of: "bruno@example.com")?.timeZoneID == "Europe/Berlin")

            // Slack would not, but a proxy might: the same request again is answered from the inbox.
            let again = try send()
            #expect(again.bodyText == response.bodyText)
            #expect(assistant.runs == 1)
            Thread.sleep(forTimeInterval: 0.2)
            #expect(responseURL.bodies.count == 1, "one reply")
        }
    }

    /// Issue 16, "expensive work on behalf of one person is bounded in time": a read-only command (`whoami`, `overlap`
    /// over a large calendar) races the platform's deadline like any other, instead of holding the HTTP thread.
    @Test func hardeningASlowReadOnlyCommandIsAcknowledgedInTimeAndAnsweredAtItsResponseURL() throws {
        try slowSlackCommand("whoami", trigger: "13345.slowread") { send, responseURL, assistant in
            let started = Date()
            let response = try send()
            let elapsed = Date().timeIntervalSince(started)
            #expect(response.status == 200)
            #expect(elapsed < 3, "answered after \(elapsed) s")
            #expect(response.bodyText.contains("Working on it"), "\(response.bodyText)")
            #expect(waitFor(10) { !responseURL.bodies.isEmpty }, "the answer reached the response_url")
            #expect(responseURL.bodies.first?.contains("bruno@example.com") == true, "\(responseURL.bodies)")
            #expect(assistant.runs == 1)
        }
    }

    @Test func aFastSlackCommandIsStillAnsweredInTheResponse() throws {
        var request = try SlackFixture.request("command-profile-set", path: "/slack/commands")
        request.headers.set("X-Slack-Signature", SlackSignature.sign(body: request.body, timestamp: "1795597200", secret: Secret(secret)))
        try serve(["MENTORD_SLACK_SIGNING_SECRET": secret, "MENTORD_SLACK_BOT_TOKEN": "xoxb-t"], delay: 0) { base, _, _ in
            let response = try client.send(HTTPClientRequest(method: "POST", url: base + request.path, headers: request.headers, body: request.body))
            #expect(response.bodyText.contains("Saved your time zone."))
        }
        #expect(try chat.app.outbox.due(limit: 10).isEmpty, "nothing went the later way")
    }

    @Test func aSlowDiscordCommandIsAcknowledgedAndFollowsUpThroughTheInteractionWebhook() throws {
        let key = Ed25519.PrivateKey()
        let body = Array(#"{"application_id":"1100000000000000001","token":"c2xvdw","id":"1200000000000000888","type":2,"guild_id":"290926798626357999","channel_id":"645027906669510667","member":{"user":{"id":"80351110224678912"}},"data":{"name":"mentor","type":1,"options":[{"name":"command","type":3,"value":"profile set timezone Asia/Tokyo"}]}}"#.utf8)
        let headers: HTTPHeaders = [
            "Content-Type": "application/json", "X-Signature-Timestamp": "1795597200",
            "X-Signature-Ed25519": Hex.encode(key.sign(Array("1795597200".utf8) + body)),
        ]
        try serve(
            ["MENTORD_DISCORD_PUBLIC_KEY": Hex.encode(key.publicKey), "MENTORD_DISCORD_APPLICATION_ID": "1100000000000000001"], delay: 3.5
        ) { base, _, _ in
            let started = Date()
            let response = try client.send(HTTPClientRequest(method: "POST", url: base + "/discord/interactions", headers: headers, body: body))
            #expect(Date().timeIntervalSince(started) < 3)
            #expect(response.bodyText.contains(#""type":4"#))
            #expect(response.bodyText.contains("Working on it"))
            #expect(waitFor(10) { ((try? chat.app.outbox.due(limit: 10).count) ?? 0) > 0 })
            let followUp = try #require(try chat.app.outbox.due(limit: 10).first?.message)
            #expect(followUp.destination == .replyURL("https://discord.com/api/v10/webhooks/1100000000000000001/c2xvdw"))
            #expect(PlainTextRenderer().render(followUp.reply).contains("Saved your time zone."))
        }
    }

    @Test func aSlowMattermostCommandIsAcknowledgedAndAnsweredAtItsResponseURLWithoutABotAccount() throws {
        let responseURL = FakeResponseURL()
        let mattermost = HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: responseURL.handle)
        try mattermost.start()
        defer { mattermost.shutdown() }
        let server = "http://127.0.0.1:\(mattermost.port)"
        let form = "channel_id=fukxanjgjbnp7ng383at53k1sy&command=%2Fmentor&team_id=88oybd1dwfdoxpkpw1h5kpbyco"
            + "&text=profile+set+timezone+Asia%2FTokyo&token=mm-token&trigger_id=T1SLOW&user_id=d1ugncqbtpbtpq5cauc1t9fzmr"
            + "&response_url=" + (server + "/hooks/commands/slow1").addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let environment = [
            "MENTORD_MATTERMOST_COMMAND_TOKEN": "mm-token", "MENTORD_MATTERMOST_ACTIONS_URL": "https://mentord.example.com/mattermost/actions",
            "MENTORD_MATTERMOST_URL": server,
        ]
        try serve(environment, delay: 3.5) { base, _, platforms in
            // The senders the settings built: with only the command token and the server, one that posts to response_url.
            let worker = OutboxWorker(outbox: chat.app.outbox, senders: platforms.senders, clock: chat.clock, logger: chat.logger)
            worker.start(pollInterval: 0.05)
            defer { worker.stop() }
            let started = Date()
            let response = try client.send(HTTPClientRequest(
                method: "POST", url: base + "/mattermost/commands", headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Array(form.utf8)
            ))
            #expect(Date().timeIntervalSince(started) < 3)
            #expect(response.bodyText.contains("Working on it"), "\(response.bodyText)")
            #expect(waitFor(10) { !responseURL.bodies.isEmpty }, "the answer reached the response_url")
            #expect(responseURL.paths == ["/hooks/commands/slow1"])
            #expect(responseURL.bodies.first?.contains("Saved your time zone.") == true)
            #expect(responseURL.bodies.first?.contains(#""response_type":"ephemeral""#) == true)
            #expect(try chat.app.outbox.list(.dead).isEmpty, "nothing dead-lettered")
        }
        #expect(try chat.profile(of: "bruno@example.com")?.timeZoneID == "Asia/Tokyo")
    }
}

/// A stand-in for Slack's `response_url` endpoint: keeps what was posted.
final class FakeResponseURL: @unchecked Sendable {
    private let lock = NSLock()
    private var posted: [(path: String, body: String)] = []

    var bodies: [String] { lock.withLock { posted.map(\.body) } }
    var paths: [String] { lock.withLock { posted.map(\.path) } }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        lock.withLock { posted.append((request.path, String(decoding: request.body, as: UTF8.self))) }
        return .text("ok")
    }
}
