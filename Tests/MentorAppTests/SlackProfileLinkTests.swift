import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
import MentorAppTesting
import MentorTesting
import Synchronization
import Testing

/// Issue 17: someone who writes to mentord from Slack for the first time is linked by the email on their Slack profile
/// (`users.info`), with no link code, and someone who never wrote is reached by their email (`users.lookupByEmail`).
/// The real `mentord serve` gets requests signed by `slack_sdk`, and talks to a stand-in for Slack's Web API on loopback.
@Suite(.serialized) struct SlackProfileLinkTests {
    static let secret = "profile-link-signing-secret-0123456789"
    static let kenji = SlackServeJourneyTests.SlackUser(id: "U0KENJI", name: "kenji", email: "kenji.watanabe@example.com")
    static let visitor = SlackServeJourneyTests.SlackUser(id: "U0VISITOR", name: "visitor", email: "visitor@partner.example")
    static let bot = SlackServeJourneyTests.SlackUser(id: "U0BOT", name: "helper-bot", email: "bot@example.com")
    static let rafaela = SlackServeJourneyTests.rafaela

    let folder = TemporaryDirectory()
    let client = CurlHTTPClient()

    /// The Web API methods mentord calls, as Slack documents them: `users.info` and `users.lookupByEmail` take a form,
    /// `conversations.open` and `chat.postMessage` JSON, all with the bot token as a bearer token.
    final class FakeSlackAPI: Sendable {
        let calls = Mutex<[(path: String, user: String, authorization: String, body: String)]>([])
        static let people = [kenji, visitor, bot, rafaela]

        func handle(_ request: HTTPRequest) -> HTTPResponse {
            let form = String(decoding: request.body, as: UTF8.self)
            let field = { (name: String) in
                form.split(separator: "&").first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)).removingPercentEncoding ?? "" } ?? ""
            }
            calls.withLock { $0.append((request.path, field("user"), request.headers["Authorization"] ?? "", form)) }
            guard request.headers["Authorization"] == "Bearer xoxb-profile-link" else { return json("{\"ok\":false,\"error\":\"invalid_auth\"}") }
            switch request.path {
            case "/users.info":
                return Self.people.first { $0.id == field("user") }.map(user) ?? json("{\"ok\":false,\"error\":\"user_not_found\"}")
            case "/users.lookupByEmail":
                return Self.people.first { $0.email == field("email") }.map(user) ?? json("{\"ok\":false,\"error\":\"users_not_found\"}")
            case "/conversations.open":
                return json("{\"ok\":true,\"channel\":{\"id\":\"D0NEW\"}}")
            case "/chat.postMessage":
                return json("{\"ok\":true,\"channel\":\"D0NEW\",\"ts\":\"1764547200.000100\"}")
            case "/views.publish":
                return json("{\"ok\":true,\"view\":{\"id\":\"V0HOME\",\"type\":\"home\"}}")
            default:
                return json("{\"ok\":false,\"error\":\"unknown_method\"}")
            }
        }

        func user(_ person: SlackServeJourneyTests.SlackUser) -> HTTPResponse {
            json("""
                {"ok":true,"user":{"id":"\(person.id)","team_id":"\(SlackServeJourneyTests.team)","name":"\(person.name)","deleted":false,
                "real_name":"\(person.name)","tz":"Asia/Tokyo","is_admin":false,"is_bot":\(person.id == bot.id),"is_app_user":false,
                "updated":1764547200,"is_email_confirmed":true,
                "profile":{"real_name":"\(person.name)","display_name":"\(person.name)","email":"\(person.email.uppercased())","team":"\(SlackServeJourneyTests.team)"}}}
                """)
        }

        func called(_ path: String) -> [String] { calls.withLock { $0.filter { $0.path == path }.map(\.body) } }

        func json(_ text: String) -> HTTPResponse {
            HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Array(text.utf8))
        }
    }

    /// The stand-in Web API on loopback, and the real `mentord serve` pointed at it with the journey's people.
    func serve(_ api: FakeSlackAPI) throws -> (DaemonProcess, SignedSlack, HTTPServer) {
        try Data(SlackServeJourneyTests.orgCSV.utf8).write(to: URL(fileURLWithPath: folder.file("org.csv")))
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0)) { api.handle($0) }
        try server.start()
        let daemon = try DaemonProcess(["serve"], environment: [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_LOG_LEVEL": "warning", "MENTORD_HTTP_PORT": "0", "MENTORD_HTTP_HOST": "127.0.0.1",
            "MENTORD_ORG_SEED_CSV": folder.file("org.csv"), "MENTORD_SLACK_SIGNING_SECRET": Self.secret,
            "MENTORD_SLACK_BOT_TOKEN": "xoxb-profile-link", "MENTORD_SLACK_API_URL": "http://127.0.0.1:\(server.port)",
        ])
        let slack = SignedSlack(base: "http://127.0.0.1:\(try daemon.waitForPort())", client: client, signer: try SlackSigner(secret: Self.secret))
        return (daemon, slack, server)
    }

    @Test func aSignedHelpFromAnUnlinkedUserWhoseProfileEmailIsInTheDirectoryIsAnsweredAsThemWithNoLinkCode() throws {
        let api = FakeSlackAPI()
        let (daemon, slack, server) = try serve(api)
        defer { server.shutdown() }
        defer { if daemon.process.isRunning { _ = daemon.stop() } }

        let help = try slack.command("help", as: Self.kenji)
        #expect(help.status == 200)
        #expect(help.text.contains("/mentor join") && !help.text.contains("link code") && !help.text.contains("link CODE"), "\(help.text)")
        #expect(try slack.command("whoami", as: Self.kenji).text.contains("Kenji Watanabe"))
        let asked = api.calls.withLock { $0 }
        #expect(asked.map(\.user) == [Self.kenji.id], "asked once, then the link answers: \(asked)")
        #expect(asked.first?.path == "/users.info" && asked.first?.authorization == "Bearer xoxb-profile-link")

        // Someone whose profile email is not in the directory is told which address to have added; a bot is not linked.
        let visitor = try slack.command("whoami", as: Self.visitor).text
        #expect(visitor.contains("add visitor@partner.example to the people directory"), "\(visitor)")
        let bot = try slack.command("whoami", as: Self.bot).text
        #expect(bot.contains("link code"), "a bot's profile email links nobody: \(bot)")
        _ = try slack.command("whoami", as: Self.visitor)
        #expect(api.calls.withLock { $0.filter { $0.user == Self.visitor.id }.count } == 1, "the answer is kept for a while")

        // Kudos to Rafaela, who has never written to mentord: her account is found by her email, and the DM goes there.
        #expect(try slack.command("kudos @rafaela.souza@example.com thanks for the retail intro", as: Self.kenji).status == 200)
        let deadline = Date() + 10
        while api.called("/chat.postMessage").isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(api.called("/users.lookupByEmail") == ["email=rafaela.souza%40example.com"])
        #expect(api.called("/conversations.open").first?.contains("\"users\":\"U0RAFAELA\"") == true, "\(api.called("/conversations.open"))")
        let posted = api.called("/chat.postMessage").joined()
        #expect(posted.contains("\"channel\":\"D0NEW\"") && posted.contains("thanks for the retail intro"), "\(posted)")
        let (status, _) = daemon.stop()
        #expect(status == 0)
    }

    /// Issue 17: opening the app's Home tab shows the person's `mentoring` home there, fresh each time.
    @Test func openingTheHomeTabPublishesTheMentoringHomeAsBlockKit() throws {
        let api = FakeSlackAPI()
        let (daemon, slack, server) = try serve(api)
        defer { server.shutdown() }
        defer { if daemon.process.isRunning { _ = daemon.stop() } }
        let opened: [String: Any] = ["type": "app_home_opened", "user": Self.kenji.id, "channel": "D0KENJI", "tab": "home", "event_ts": "1764547200.000100"]
        #expect(try slack.event(opened) == 200)
        let deadline = Date() + 10
        while api.called("/views.publish").isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        let published = try #require(api.called("/views.publish").first, "the home view was published")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(published.utf8)) as? [String: Any])
        #expect(body["user_id"] as? String == Self.kenji.id)
        let view = try #require(body["view"] as? [String: Any])
        #expect(view["type"] as? String == "home")
        let blocks = try #require(view["blocks"] as? [[String: Any]])
        #expect(blocks.first?["type"] as? String == "header" && blocks.count <= 100, "\(blocks.prefix(2))")
        #expect(published.contains("Your mentoring"), "Kenji's home, linked by his profile email: \(published.prefix(300))")

        _ = try slack.command("join", as: Self.kenji)
        #expect(try slack.event(opened.merging(["event_ts": "1764547300.000100"]) { $1 }) == 200)
        let again = Date() + 10
        while api.called("/views.publish").count < 2, Date() < again { Thread.sleep(forTimeInterval: 0.1) }
        #expect(api.called("/views.publish").count == 2, "published again when opened again")
        #expect(api.called("/views.publish").last?.contains("Your mentoring") == true, "in the middle of join, still the home: \(api.called("/views.publish").last ?? "")")
        #expect(try slack.command("yes", as: Self.kenji).text.contains("(2/"), "the join conversation carries on where it was")
        #expect(try slack.event(["type": "app_home_opened", "user": Self.kenji.id, "channel": "D0KENJI", "tab": "messages"]) == 200)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(api.called("/views.publish").count == 2, "the Messages tab publishes nothing")
        let (status, _) = daemon.stop()
        #expect(status == 0)
    }
}
