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

/// Every webhook platform, switched on by configuration as in production, behind the real server.
@Suite struct PlatformRoutesTests {
    @Test func everyWebhookRefusesOversizedAndUnsignedBodiesWithoutChangingAnything() throws {
        let chat = try ChatHarness()
        let values = try ConfigLoader(environment: [
            "MENTORD_SLACK_SIGNING_SECRET": "s", "MENTORD_SLACK_BOT_TOKEN": "xoxb-t",
            "MENTORD_DISCORD_PUBLIC_KEY": String(repeating: "ab", count: 32), "MENTORD_DISCORD_APPLICATION_ID": "42",
            "MENTORD_TEAMS_SECURITY_TOKEN": Data("teams".utf8).base64EncodedString(),
            "MENTORD_TELEGRAM_BOT_TOKEN": "1:x", "MENTORD_TELEGRAM_SECRET_TOKEN": "t", "MENTORD_TELEGRAM_BOT_USERNAME": "bot",
            "MENTORD_MATTERMOST_COMMAND_TOKEN": "m", "MENTORD_MATTERMOST_ACTIONS_URL": "https://mentord.example.com/mattermost/actions",
            "MENTORD_MATTERMOST_URL": "https://mattermost.example.com",
            "MENTORD_ZULIP_TOKEN": "z",
        ]).load(file: nil)
        let platforms = try ChatPlatformSet(values: values, app: chat.app, assistant: chat.assistant, wake: {})
        #expect(platforms.names == ["slack", "discord", "teams", "telegram", "mattermost", "zulip"])
        let server = HTTPServer(
            configuration: HTTPServerConfiguration(port: 0, bodyLimitBytes: 1_048_576),
            handler: AppRoutes.router(for: chat.app, assistant: chat.assistant, platforms: platforms.routes).handle
        )
        try server.start()
        defer { server.shutdown() }
        let client = CurlHTTPClient(proxy: ProxySettings())
        let huge = [UInt8](repeating: UInt8(ascii: "a"), count: 1_100_000)
        for route in platforms.routes {
            let url = "http://127.0.0.1:\(server.port)\(route.path)"
            let oversized = try client.send(HTTPClientRequest(method: "POST", url: url, headers: ["Content-Type": "application/json"], body: huge))
            #expect(oversized.status == 413, "\(route.path)")
            let unsigned = try client.send(HTTPClientRequest(
                method: "POST", url: url, headers: ["Content-Type": "application/json"],
                body: Array(#"{"update_id":1,"token":"wrong","type":1,"context":{"action":"a","value":"v","signature":"x"},"user_id":"u","team_id":"t"}"#.utf8)
            ))
            #expect([400, 401].contains(unsigned.status), "\(route.path) answered \(unsigned.status)")
        }
        #expect(try chat.auditLog().isEmpty)
        #expect(try chat.app.outbox.due(limit: 10).isEmpty, "nothing was queued")
    }

    @Test func mattermostCommandsNeedTheServerURLWhereTheirLaterRepliesGo() throws {
        let chat = try ChatHarness()
        let values = try ConfigLoader(environment: [
            "MENTORD_MATTERMOST_COMMAND_TOKEN": "m", "MENTORD_MATTERMOST_ACTIONS_URL": "https://mentord.example.com/mattermost/actions",
        ]).load(file: nil)
        #expect(throws: CLIFailure.self) { try ChatPlatformSet(values: values, app: chat.app, assistant: chat.assistant, wake: {}) }
    }
}
