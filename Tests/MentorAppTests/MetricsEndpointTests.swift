import Foundation
import HTTPClient
import HTTPTypes
import MentorAppTesting
import MentorTesting
import Testing

/// `/metrics` on the real `mentord serve` with the sample organisation: signed and forged Slack requests and an invite
/// request go in, and the scrape, read by the official Prometheus parser, counts them by platform and route pattern
/// with no person and no token anywhere in it.
@Suite(.serialized) struct MetricsEndpointTests {
    static let secret = "metrics-signing-secret-0123456789abcdef"
    let folder = TemporaryDirectory()
    let client = CurlHTTPClient()

    func serve(_ extra: [String: String]) throws -> (daemon: DaemonProcess, base: String) {
        let daemon = try DaemonProcess(["serve"], environment: [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_LOG_LEVEL": "info", "MENTORD_LOG_FORMAT": "json", "MENTORD_HTTP_PORT": "0",
        ].merging(extra) { $1 })
        return (daemon, "http://127.0.0.1:\(try daemon.waitForPort())")
    }

    func get(_ url: String, _ headers: HTTPHeaders = [:]) throws -> HTTPResponse {
        try client.send(HTTPClientRequest(method: "GET", url: url, headers: headers))
    }

    @Test func aScrapeCountsTheForgedSlackRequestAndNamesTheInviteByItsPatternWithNoPersonInIt() throws {
        let (daemon, base) = try serve([
            "MENTORD_ORG_SEED_CSV": BuiltProducts.packageRoot + "/Config/sample-org.csv",
            "MENTORD_SLACK_SIGNING_SECRET": Self.secret, "MENTORD_SLACK_BOT_TOKEN": "xoxb-metrics-bot-token",
            "MENTORD_SLACK_PEOPLE_BY_EMAIL": "false", "MENTORD_LOG_LEVEL": "debug",
        ])
        defer { if daemon.process.isRunning { _ = daemon.stop() } }
        let slack = SignedSlack(base: base, client: client, signer: try SlackSigner(secret: Self.secret))
        let user = SlackServeJourneyTests.SlackUser(id: "U0METRICS", name: "metrics", email: "unused@example.com")
        #expect(try slack.command("help", as: user).status == 200)
        #expect(try slack.command("help", as: user, signedWith: "not-the-secret").status == 401)
        let inviteToken = "5f0c6a9d2e7b4c1a8f3e6d9b2c5a8f1e"
        #expect(try get(base + "/ics/\(inviteToken).ics").status == 404)

        let scrape = try get(base + "/metrics")
        #expect(scrape.status == 200)
        #expect(scrape.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8")
        let body = scrape.bodyText
        let families = try MetricsParser.parse(body)
        func samples(_ family: String) -> [MetricsParser.Sample] { families.first { $0.name == family }?.samples ?? [] }

        let failures = samples("mentord_webhook_verification_failures")
        #expect(failures.map(\.labels) == [["platform": "slack"]], "\(body)")
        #expect(failures.first?.value == 1)
        let latency = samples("mentord_http_request_duration_seconds").filter { $0.name.hasSuffix("_count") }
        let routes = Set(latency.map { $0.labels["route"] ?? "" })
        #expect(routes.isSuperset(of: ["/ics/:file", "/slack/commands"]), "\(routes)")
        #expect(latency.first { $0.labels == ["route": "/slack/commands", "method": "POST", "status_class": "2xx"] }?.value == 1)
        #expect(latency.first { $0.labels == ["route": "/slack/commands", "method": "POST", "status_class": "4xx"] }?.value == 1)
        #expect(latency.first { $0.labels == ["route": "/ics/:file", "method": "GET", "status_class": "4xx"] }?.value == 1)
        let build = try #require(samples("mentord_build_info").first)
        #expect(build.value == 1)
        #expect(build.labels["version"]?.isEmpty == false)
        #expect(Int(build.labels["schema_version"] ?? "") ?? 0 > 0)
        #expect(build.labels["sqlite_version"]?.hasPrefix("3.") == true)
        #expect(samples("mentord_store_up").first?.value == 1)
        #expect(samples("mentord_outbox_messages").count == 2)
        #expect(samples("mentord_job_lag_seconds").count == 1)

        // Nothing of a person or a secret: no email or name from the seeded organisation, no token, no Slack user id.
        let people = try String(contentsOfFile: BuiltProducts.packageRoot + "/Config/sample-org.csv", encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(people.count > 100)
        let leaked = people.flatMap { [String($0[0]), String($0[1])] }.filter { body.contains($0) }
        #expect(leaked.isEmpty, "\(leaked)")
        for secret in [inviteToken, Self.secret, "xoxb-metrics-bot-token", user.id, "@example.com"] {
            #expect(!body.contains(secret), "\(secret)")
        }
        #expect(daemon.stop().status == 0)
        #expect(daemon.standardError.contains(#""path":"/ics/:file""#), "the request log (at debug) names the invite by its route too")
        #expect(!daemon.standardError.contains(inviteToken))
    }

    @Test func withATokenSetTheScrapeNeedsItAsABearer() throws {
        let token = "scrape-token-4f1c2b"
        let (daemon, base) = try serve(["MENTORD_METRICS_TOKEN": token])
        defer { if daemon.process.isRunning { _ = daemon.stop() } }
        #expect(try get(base + "/metrics").status == 401)
        #expect(try get(base + "/metrics", ["Authorization": "Bearer not-it"]).status == 401)
        let scraped = try get(base + "/metrics", ["Authorization": "Bearer \(token)"])
        #expect(scraped.status == 200)
        #expect(scraped.bodyText.contains("mentord_build_info{"))
        #expect(!scraped.bodyText.contains(token))
        let families = try MetricsParser.parse(scraped.bodyText)
        let refusals = families.first { $0.name == "mentord_http_request_duration_seconds" }?.samples.filter {
            $0.name.hasSuffix("_count") && $0.labels["route"] == "/metrics" && $0.labels["status_class"] == "4xx"
        }
        #expect(refusals?.first?.value == 2, "the refused scrapes were timed under their route")
        #expect(daemon.stop().status == 0)
        #expect(!daemon.standardError.contains(token), "the token is never logged")
    }

    @Test func onAnAddressReachableFromElsewhereWithoutATokenThereIsNoMetricsAndTheLogSaysHowToTurnItOn() throws {
        let (daemon, base) = try serve(["MENTORD_HTTP_HOST": "0.0.0.0"])
        defer { if daemon.process.isRunning { _ = daemon.stop() } }
        #expect(try get(base + "/metrics").status == 404)
        #expect(try get(base + "/healthz").status == 200)
        #expect(daemon.stop().status == 0)
        let line = try #require(daemon.standardError.split(separator: "\n").first { $0.contains("/metrics is off") }, "\(daemon.standardError)")
        #expect(line.contains("MENTORD_METRICS_TOKEN"))
        #expect(daemon.standardError.components(separatedBy: "/metrics is off").count == 2, "logged once")
    }

    @Test func onAnAddressReachableFromElsewhereATokenTurnsItOn() throws {
        let (daemon, base) = try serve(["MENTORD_HTTP_HOST": "0.0.0.0", "MENTORD_METRICS_TOKEN_FILE": try tokenFile("file-token-9a8b7c\n")])
        defer { if daemon.process.isRunning { _ = daemon.stop() } }
        #expect(try get(base + "/metrics").status == 401)
        #expect(try get(base + "/metrics", ["Authorization": "Bearer file-token-9a8b7c"]).status == 200)
        #expect(daemon.stop().status == 0)
        #expect(!daemon.standardError.contains("/metrics is off"))
    }

    func tokenFile(_ contents: String) throws -> String {
        let path = folder.file("metrics-token")
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
