import ChatPlatforms
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

/// A button whose command is too long for the platform's payload goes out as a short reference and, clicked through
/// the real server with a real signature, runs the original command. An unknown or expired reference is answered with
/// a clear message and changes nothing.
@Suite struct ButtonReferenceClickTests {
    let chat: ChatHarness
    let client = CurlHTTPClient(proxy: ProxySettings())
    let clicks: Clicks

    init() throws {
        chat = try ChatHarness(clock: FakeClock(SlackFixture.timestamp))
        clicks = Clicks(chat.assistant)
        _ = chat.say("whoami", from: ChatIdentity(platform: "slack", workspace: "T0001", userID: "U2147483697"), email: "bruno@example.com")
        _ = chat.say("whoami", from: ChatIdentity(platform: "telegram", workspace: "mentord_bot", userID: "111222333"), email: "bruno@example.com")
    }

    func serve(_ body: (String) throws -> Void) throws {
        let values = try ConfigLoader(environment: [
            "MENTORD_SLACK_SIGNING_SECRET": SlackFixture.secret, "MENTORD_SLACK_BOT_TOKEN": "xoxb-t",
            "MENTORD_TELEGRAM_BOT_TOKEN": "1:x", "MENTORD_TELEGRAM_SECRET_TOKEN": "telegram-secret-xyz", "MENTORD_TELEGRAM_BOT_USERNAME": "mentord_bot",
        ]).load(file: nil)
        let platforms = try ChatPlatformSet(values: values, app: chat.app, assistant: chat.assistant, wake: {}, respond: clicks.respond)
        let server = HTTPServer(
            configuration: HTTPServerConfiguration(port: 0, bodyLimitBytes: 1_048_576),
            handler: AppRoutes.router(for: chat.app, assistant: chat.assistant, platforms: platforms.routes).handle
        )
        try server.start()
        defer { server.shutdown() }
        try body("http://127.0.0.1:\(server.port)")
    }

    func post(_ base: String, _ path: String, _ body: String, headers: HTTPHeaders) throws -> HTTPResponse {
        let response = try client.send(HTTPClientRequest(method: "POST", url: base + path, headers: headers, body: Array(body.utf8)))
        #expect(response.status == 200, "\(path): \(response.bodyText)")
        return response
    }

    /// `form` signed for Slack at the harness clock's time.
    func slack(_ form: String) -> HTTPHeaders {
        let timestamp = String(Int(chat.clock.now.timeIntervalSince1970))
        return [
            "Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": SlackSignature.sign(body: Array(form.utf8), timestamp: timestamp, secret: Secret(SlackFixture.secret)),
        ]
    }

    func slackClick(_ actionID: String, _ value: String, trigger: String) -> String {
        let payload = JSONValue.object([
            ("type", "block_actions"), ("team", .object([("id", "T0001")])), ("user", .object([("id", "U2147483697"), ("team_id", "T0001")])),
            ("channel", .object([("id", "D0123456")])), ("trigger_id", .string(trigger)),
            ("response_url", "https://hooks.slack.com/actions/T0001/1/2"),
            ("actions", .array([.object([("action_id", .string(actionID)), ("value", .string(value))])])),
        ])
        return FormEncoding.encode([("payload", payload.text)])
    }

    var queuedTexts: [String] { ((try? chat.app.outbox.due(limit: 100)) ?? []).map { PlainTextRenderer().render($0.message.reply) } }

    @Test func aSlackButtonOverTwoThousandCharactersRunsItsCommandAndAnUnknownReferenceRunsNothing() throws {
        // A real command made longer than Slack's 2,000-character button value (the parser drops the trailing blanks).
        let command = "profile set timezone Asia/Tokyo" + String(repeating: " ", count: 2100)
        clicks.offer = command
        try serve { base in
            let form = "team_id=T0001&user_id=U2147483697&channel_id=D0123456&command=%2Fmentor&text=offer&trigger_id=t.offer"
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1%2F2"
            let offered = try post(base, "/slack/commands", form, headers: slack(form))
            let body = try #require(try JSONSerialization.jsonObject(with: Data(offered.body)) as? [String: Any])
            let button = try #require((body["blocks"] as? [[String: Any]])?.compactMap { $0["elements"] as? [[String: Any]] }.first?.first)
            let actionID = try #require(button["action_id"] as? String), token = try #require(button["value"] as? String)
            #expect(actionID.hasPrefix("ref|"))
            #expect(token.count == 16)

            let click = slackClick(actionID, token, trigger: "t.click")
            _ = try post(base, "/slack/interactions", click, headers: slack(click))
            #expect(clicks.received.last == .action(id: "run", value: command), "the original command")
            #expect(try chat.profile(of: "bruno@example.com")?.timeZoneID == "Asia/Tokyo")
            #expect(queuedTexts.contains { $0.contains("Saved your time zone.") })

            let runs = clicks.received.count
            let unknown = slackClick(actionID, "ZZZZZZZZZZZZZZZZ", trigger: "t.unknown")
            _ = try post(base, "/slack/interactions", unknown, headers: slack(unknown))
            #expect(clicks.received.count == runs, "nothing ran")
            #expect(queuedTexts.last == "This button has expired, so nothing was done. Type the command instead; /mentor help lists them.")
        }
    }

    @Test func aTelegramButtonOver64BytesRunsItsCommandUntilItExpires() throws {
        let command = "profile set timezone Asia/Tokyo" + String(repeating: " ", count: 40)
        clicks.offer = command
        let headers: HTTPHeaders = ["Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": "telegram-secret-xyz"]
        func callback(_ update: Int, _ data: String) -> String {
            JSONValue.object([
                ("update_id", .int(update)),
                ("callback_query", .object([
                    ("id", .string("q\(update)")), ("from", .object([("id", 111_222_333)])), ("data", .string(data)),
                    ("message", .object([("chat", .object([("id", 111_222_333), ("type", "private")]))])),
                ])),
            ]).text
        }
        func text(_ response: HTTPResponse) throws -> String {
            try #require((try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])?["text"] as? String)
        }
        try serve { base in
            let offer = #"{"update_id":20001,"message":{"message_id":1,"from":{"id":111222333,"is_bot":false},"chat":{"id":111222333,"type":"private"},"text":"offer"}}"#
            let offered = try JSONSerialization.jsonObject(with: Data(try post(base, "/telegram/webhook", offer, headers: headers).body)) as? [String: Any]
            let keyboard = try #require((offered?["reply_markup"] as? [String: Any])?["inline_keyboard"] as? [[[String: Any]]])
            let data = try #require(keyboard.first?.first?["callback_data"] as? String)
            #expect(data.hasPrefix("ref|") && data.utf8.count <= 64)

            #expect(try text(try post(base, "/telegram/webhook", callback(20002, data), headers: headers)).contains("Saved your time zone."))
            #expect(clicks.received.last == .action(id: "run", value: command))
            #expect(try chat.profile(of: "bruno@example.com")?.timeZoneID == "Asia/Tokyo")

            _ = chat.say("profile set timezone Europe/Lisbon", as: "bruno@example.com")
            chat.clock.advance(by: ButtonReference.lifetime + 1)
            let runs = clicks.received.count
            let expired = try text(try post(base, "/telegram/webhook", callback(20003, data), headers: headers))
            #expect(expired == "This button has expired, so nothing was done. Type the command instead; /mentor help lists them.")
            #expect(clicks.received.count == runs, "nothing ran")
            #expect(try chat.profile(of: "bruno@example.com")?.timeZoneID == "Europe/Lisbon", "unchanged")
        }
    }
}

/// The assistant, offering one button for `offer` and running everything else, and keeping what reached it.
final class Clicks: @unchecked Sendable {
    private let assistant: MentorAssistant
    private let lock = NSLock()
    private var incomings: [Incoming.Content] = []
    private var offered = ""

    init(_ assistant: MentorAssistant) { self.assistant = assistant }

    /// The command the offered button runs.
    var offer: String {
        get { lock.withLock { offered } }
        set { lock.withLock { offered = newValue } }
    }

    var received: [Incoming.Content] { lock.withLock { incomings } }

    var respond: @Sendable (Incoming) -> [Reply] {
        { [self] incoming in
            lock.withLock { incomings.append(incoming.content) }
            if incoming.content == .command("offer") {
                return [Reply(.text("Move to Tokyo time?"), .actions([.command(offer, label: "Tokyo")]))]
            }
            return assistant.handle(incoming)
        }
    }
}
