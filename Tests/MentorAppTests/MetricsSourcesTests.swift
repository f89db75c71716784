import ChatPlatforms
import Foundation
import HTTPServer
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Synchronization
import Testing

/// Where `/metrics` gets its numbers: the outbox worker's results, the store's queues at scrape time, and who may read them.
@Suite struct MetricsSourcesTests {
    static let build = DaemonMetrics.Build(version: "test", schemaVersion: 1, sqliteVersion: "3")

    /// A platform that answers each attempt with the next outcome of its script, then delivers.
    final class ScriptedPlatform: PlatformSender, Sendable {
        let platform: String
        private let script: Mutex<[DeliveryOutcome]>

        init(_ platform: String, _ script: [DeliveryOutcome]) {
            self.platform = platform
            self.script = Mutex(script)
        }

        func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
            script.withLock { $0.isEmpty ? .delivered : $0.removeFirst() }
        }
    }

    @Test func theWorkerCountsDeliveredRetriedRateLimitedAndDeadPerPlatform() throws {
        let folder = TemporaryDirectory()
        let database = try Database(path: folder.file("m.sqlite"))
        try Migrator().migrate(database)
        let clock = FakeClock()
        let outbox = SQLiteOutbox(database: database, clock: clock)
        try outbox.enqueue(OutgoingMessage(platform: "slack", workspace: "T1", destination: .conversation("C1"), reply: .text("one")))
        try outbox.enqueue(OutgoingMessage(platform: "matrix", workspace: "m", destination: .conversation("!r:m"), reply: .text("two")))
        let metrics = DaemonMetrics(build: Self.build)
        let worker = OutboxWorker(
            outbox: outbox, senders: [
                ScriptedPlatform("slack", [.retry(afterSeconds: nil, reason: "HTTP 500"), .retry(afterSeconds: 2, reason: "HTTP 429")]),
                ScriptedPlatform("matrix", [.failed(reason: "M_FORBIDDEN")]),
            ], policy: RetryPolicy(maximumAttempts: 5, baseDelay: 1, maximumDelay: 1), clock: clock, logger: RecordingLogger(), metrics: metrics
        )
        for _ in 0..<3 {
            try worker.deliverDue()
            clock.advance(by: 10)
        }
        let families = try MetricsParser.parse(metrics.render())
        let deliveries = try #require(families.first { $0.name == "mentord_outbox_deliveries" }).samples
        func count(_ platform: String, _ result: String) -> Double? {
            deliveries.first { $0.labels == ["platform": platform, "result": result] }?.value
        }
        #expect(count("slack", "retried") == 1)
        #expect(count("slack", "rate_limited") == 1)
        #expect(count("slack", "delivered") == 1)
        #expect(count("matrix", "dead") == 1)
        #expect(count("matrix", "delivered") == nil)
    }

    @Test func aDeadLetterToAPersonIsCountedReroutedThenHeldAndNameNoOne() throws {
        let chat = try ChatHarness()
        let alice = try #require(try chat.app.directory.person(email: "alice@example.com"))
        try chat.app.directory.link(ChatIdentity(platform: "telegram", workspace: "bot", userID: "4242"), to: alice.id, at: chat.clock.now)
        try chat.app.directory.link(ChatIdentity(platform: "slack", workspace: "T1", userID: "U_ALICE"), to: alice.id, at: chat.clock.now + 60)
        _ = chat.say("kudos @alice@example.com thanks for the design review", as: "bruno@example.com")
        let metrics = DaemonMetrics(build: Self.build)
        let worker = OutboxWorker(
            outbox: chat.app.outbox, messenger: chat.app.messenger,
            senders: [ScriptedPlatform("slack", [.failed(reason: "account_inactive")]), ScriptedPlatform("telegram", [.failed(reason: "blocked")])],
            clock: chat.clock, logger: RecordingLogger(), metrics: metrics
        )
        for _ in 0..<3 { try worker.deliverDue() }
        let text = metrics.render()
        #expect(text.contains(#"mentord_outbox_deliveries_total{platform="slack",result="dead"} 1"#), "\(text)")
        #expect(text.contains(#"mentord_outbox_deliveries_total{platform="slack",result="rerouted"} 1"#))
        #expect(text.contains(#"mentord_outbox_deliveries_total{platform="telegram",result="dead"} 1"#))
        #expect(text.contains(#"mentord_outbox_deliveries_total{platform="telegram",result="held"} 1"#))
        for private_ in ["alice", "Alice", "U_ALICE", "4242", "design review", "bruno"] { #expect(!text.contains(private_), "\(private_)") }
    }

    @Test func aDeliveryThePlatformSendsAgainIsCountedAsARepeatAndItsForgeryAsAFailedVerification() throws {
        let chat = try ChatHarness()
        _ = chat.say("whoami", from: ChatIdentity(platform: "zulip", workspace: "example", userID: "8"), email: "bruno@example.com")
        let values = try ConfigLoader(environment: ["MENTORD_ZULIP_TOKEN": "zulip-outgoing-token-abc123"]).load(file: nil)
        let metrics = DaemonMetrics(build: Self.build)
        let platforms = try ChatPlatformSet(values: values, app: chat.app, assistant: chat.assistant, wake: {}, metrics: metrics)
        let router = AppRoutes.router(
            for: chat.app, assistant: chat.assistant, platforms: platforms.routes, metrics: MetricsEndpoint(access: .loopback, metrics: metrics)
        )
        func message(token: String) -> HTTPRequest {
            let body = #"{"token":"\#(token)","trigger":"mention","data":"@**mentord** profile set timezone Europe/Berlin","message":{"id":4242,"sender_id":8,"sender_email":"bruno@example.com","sender_realm_str":"example","type":"stream","stream_id":5,"subject":"t","content":"@**mentord** profile set timezone Europe/Berlin"}}"#
            return HTTPRequest(method: "POST", path: "/zulip/webhook", headers: ["Content-Type": "application/json"], body: Array(body.utf8))
        }
        #expect(router.handle(message(token: "zulip-outgoing-token-abc123")).status == 200)
        #expect(router.handle(message(token: "zulip-outgoing-token-abc123")).status == 200)
        #expect(router.handle(message(token: "forged")).status == 401)
        let scrape = router.handle(HTTPRequest(method: "GET", path: "/metrics")).bodyText
        #expect(scrape.contains(#"mentord_inbound_repeats_total{platform="zulip"} 1"#), "\(scrape)")
        #expect(scrape.contains(#"mentord_webhook_verification_failures_total{platform="zulip"} 1"#))
        #expect(!scrape.contains("bruno") && !scrape.contains("zulip-outgoing-token-abc123") && !scrape.contains("Europe/Berlin"))
    }

    @Test func queueDepthAndJobLagAreReadFromTheStoreAtEachScrape() throws {
        let folder = TemporaryDirectory()
        let database = try Database(path: folder.file("m.sqlite"))
        try Migrator().migrate(database)
        let clock = FakeClock()
        let outbox = SQLiteOutbox(database: database, clock: clock), jobs = SQLiteJobStore(database: database)
        let metrics = DaemonMetrics(build: Self.build)
        metrics.watch(outbox: outbox, jobs: jobs, clock: clock, logger: RecordingLogger())
        #expect(metrics.render().contains("mentord_job_lag_seconds 0\n"))

        for index in 0..<3 {
            try outbox.enqueue(OutgoingMessage(platform: "slack", workspace: "T1", destination: .conversation("C\(index)"), reply: .text("m")))
        }
        let first = try #require(try outbox.due(limit: 1).first)
        try outbox.markFailed(first.id, error: "gone", retryAt: nil)
        try jobs.schedule(Job(id: 0, kind: .notice, key: "overdue", subject: nil, dueAt: clock.now - 90, payload: "{}", attempts: 0))
        try jobs.schedule(Job(id: 0, kind: .notice, key: "later", subject: nil, dueAt: clock.now + 3_600, payload: "{}", attempts: 0))
        clock.advance(by: 30)

        let text = metrics.render()
        #expect(text.contains("mentord_store_up 1\n"))
        #expect(text.contains("mentord_outbox_messages{status=\"pending\"} 2\n"), "\(text)")
        #expect(text.contains("mentord_outbox_messages{status=\"dead\"} 1\n"))
        #expect(text.contains("mentord_outbox_lag_seconds 30\n"))
        #expect(text.contains("mentord_jobs_pending 2\n"))
        #expect(text.contains("mentord_jobs_due 1\n"))
        #expect(text.contains("mentord_job_lag_seconds 120\n"), "due 90 s before the start, scraped 30 s after it")
    }

    @Test func theTokenDecidesWhenSetAndTheBindAddressWhenNot() {
        #expect(MetricsAccess.decide(token: Secret("s3cret"), host: "0.0.0.0") == .token(Secret("s3cret")))
        for host in ["127.0.0.1", "127.3.2.1", "::1", "[::1]", "localhost", "LOCALHOST"] {
            #expect(MetricsAccess.decide(token: Secret(""), host: host) == .loopback, "\(host)")
        }
        for host in ["0.0.0.0", "::", "", "10.0.0.5", "192.168.1.2", "mentord.example.com", "127.0.0.1.example.com", "127.0.0.256"] {
            #expect(MetricsAccess.decide(token: Secret(""), host: host) == .off, "\(host)")
        }
    }

    @Test func aTokenIsNeededAsABearerAndAProxiedLoopbackRequestIsRefused() {
        let endpoint = MetricsEndpoint(access: .token(Secret("s3cret-token")), metrics: DaemonMetrics(build: Self.build))
        func status(_ headers: HTTPHeaders) -> Int { endpoint.respond(HTTPRequest(method: "GET", path: "/metrics", headers: headers)).status }
        #expect(status([:]) == 401)
        #expect(endpoint.respond(HTTPRequest(method: "GET", path: "/metrics")).headers["WWW-Authenticate"]?.hasPrefix("Bearer") == true)
        #expect(status(["Authorization": "Bearer wrong"]) == 401)
        #expect(status(["Authorization": "Bearer s3cret-token-and-more"]) == 401)
        #expect(status(["Authorization": "Basic s3cret-token"]) == 401)
        #expect(status(["Authorization": "Bearer s3cret-token"]) == 200)
        #expect(status(["Authorization": "bearer s3cret-token"]) == 200, "the scheme is case-insensitive")

        let loopback = MetricsEndpoint(access: .loopback, metrics: DaemonMetrics(build: Self.build))
        #expect(loopback.respond(HTTPRequest(method: "GET", path: "/metrics")).status == 200)
        let proxied = loopback.respond(HTTPRequest(method: "GET", path: "/metrics", headers: ["X-Forwarded-For": "203.0.113.9"]))
        #expect(proxied.status == 403)
        #expect(proxied.bodyText.contains("MENTORD_METRICS_TOKEN"))
        #expect(MetricsEndpoint(access: .off, metrics: DaemonMetrics(build: Self.build)).respond(HTTPRequest(method: "GET", path: "/metrics")).status == 404)
    }
}
