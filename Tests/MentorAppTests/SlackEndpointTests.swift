import ChatPlatforms
import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Slack's endpoints through the real HTTP server and the real assistant, with SDK-signed requests.
@Suite struct SlackEndpointTests {
    let chat: ChatHarness
    let client = CurlHTTPClient(proxy: ProxySettings())

    init() throws {
        chat = try ChatHarness(clock: FakeClock(SlackFixture.timestamp))
        // The fixtures come from Slack user U2147483697 in team T0001; link that account to Bruno.
        _ = chat.say("whoami", from: ChatIdentity(platform: "slack", workspace: "T0001", userID: "U2147483697"), email: "bruno@example.com")
    }

    func serve(secret: String, _ body: (String) throws -> Void) throws {
        let platform = SlackPlatform(
            workspaces: [SlackWorkspace(teamID: "T0001", signingSecret: Secret(secret), botToken: Secret("xoxb-test"))],
            inbound: ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {}).inbound, now: { SlackFixture.timestamp }
        )
        var router = Router()
        for route in platform.routes { router.add(route.method, route.path) { request, _ in route.handle(request) } }
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0, bodyLimitBytes: 1_048_576), handler: router.handle)
        try server.start()
        defer { server.shutdown() }
        try body("http://127.0.0.1:\(server.port)")
    }

    func post(_ fixture: String, to base: String, path: String = "/slack/commands") throws -> HTTPResponse {
        let request = try SlackFixture.request(fixture, path: path)
        return try client.send(HTTPClientRequest(method: "POST", url: base + path, headers: request.headers, body: request.body))
    }

    @Test func aSignedProfileWriteIsAppliedAndAnsweredInBlocks() throws {
        try serve(secret: SlackFixture.secret) { base in
            let response = try post("command-profile-set", to: base)
            #expect(response.status == 200)
            #expect(response.bodyText.contains("Saved your time zone."))
            let zone = try chat.profile(of: "bruno@example.com")?.timeZoneID
            #expect(zone == "Europe/Berlin")
            let help = try post("command-help", to: base)
            #expect(help.bodyText.contains("/mentor join"), "help shows the Slack prefix")
        }
    }

    @Test func aWrongSecretOrAnOversizedBodyChangesNothing() throws {
        try serve(secret: "not-the-secret") { base in
            let response = try post("command-profile-set", to: base)
            #expect(response.status == 401)
        }
        try serve(secret: SlackFixture.secret) { base in
            var request = try SlackFixture.request("command-profile-set", path: "/slack/commands")
            request.body += Array(repeating: UInt8(ascii: "x"), count: 1_100_000)
            let response = try client.send(HTTPClientRequest(method: "POST", url: base + "/slack/commands", headers: request.headers, body: request.body))
            #expect(response.status == 413)
        }
        #expect(try chat.profile(of: "bruno@example.com") == nil, "neither request changed anything")
    }
}
