import ChatPlatforms
import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorTesting
import Synchronization
import Testing

/// Issue 17: someone who writes to mentord from Mattermost for the first time is linked by their account's email,
/// read with the bot token from a stand-in for Mattermost's REST API on loopback (`GET /api/v4/users/{id}`).
@Suite struct MattermostProfileLinkTests {
    /// The fixture's sender, whose account email is Bruno's.
    static let bruno = "d1ugncqbtpbtpq5cauc1t9fzmr"

    final class FakeMattermostAPI: Sendable {
        let asked = Mutex<[(path: String, authorization: String)]>([])

        func handle(_ request: HTTPRequest) -> HTTPResponse {
            asked.withLock { $0.append((request.path, request.headers["Authorization"] ?? "")) }
            guard request.method == "GET", request.headers["Authorization"] == "Bearer mm-bot-token" else { return json(#"{"id":"api.context.session_expired.app_error","status_code":401}"#, 401) }
            switch request.path {
            case "/api/v4/users/\(MattermostProfileLinkTests.bruno)":
                return json(#"{"id":"\#(MattermostProfileLinkTests.bruno)","username":"bruno","email":"Bruno@Example.com","delete_at":0,"is_bot":false,"roles":"system_user","locale":"en"}"#)
            default:
                return json(#"{"id":"app.user.missing_account.const","message":"Unable to find the user.","status_code":404}"#, 404)
            }
        }

        func json(_ text: String, _ status: Int = 200) -> HTTPResponse {
            HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Array(text.utf8))
        }
    }

    @Test func aCommandFromAnUnlinkedUserWhoseAccountEmailIsInTheDirectoryIsAnsweredAsThem() throws {
        let chat = try ChatHarness()
        let api = FakeMattermostAPI()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0)) { api.handle($0) }
        try server.start()
        defer { server.shutdown() }
        let people = MattermostPeople.profileEmails(
            serverURL: "http://127.0.0.1:\(server.port)", botToken: Secret("mm-bot-token"), client: CurlHTTPClient(), clock: chat.clock, warn: { _ in }
        )
        let platform = MattermostPlatform(
            commandToken: Secret("xr3j5x3p4pfk8gjb9tdbbozaly"), actionsURL: "https://mentord.example.com/mattermost/actions",
            inbound: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {}).inbound, people: people
        )
        var whoami = try PlatformFixture.request(platform: "mattermost", "command-join", path: "/mattermost/commands")
        whoami.body = Array(String(decoding: whoami.body, as: UTF8.self).replacingOccurrences(of: "text=join", with: "text=whoami").utf8)
        let answer = platform.routes[0].handle(whoami).bodyText
        #expect(answer.contains("Bruno"), "answered as Bruno with no link code: \(answer)")
        #expect(!answer.contains("link code"))
        _ = platform.routes[0].handle(whoami)
        #expect(api.asked.withLock { $0.map(\.path) } == ["/api/v4/users/\(Self.bruno)"], "asked once; the link answers after")
    }
}
