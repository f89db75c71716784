import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
import MentorApp
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// A local fake platform API that fails 30% of calls (500, 429 with Retry-After, or a response too slow to wait for)
/// still receives every outbox message exactly once, and never sooner than its Retry-After allowed.
@Suite struct OutboxFaultInjectionTests {
    @Test func everyMessageArrivesExactlyOnceDespiteFaults() throws {
        let api = FlakyPlatformAPI(faultRate: 0.3, retryAfterSeconds: 1)
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0, threadCount: 8), handler: api.handle)
        try server.start()
        defer { server.shutdown() }

        let folder = TemporaryDirectory()
        let database = try Database(path: folder.file("outbox.sqlite"))
        try Migrator().migrate(database)
        let outbox = SQLiteOutbox(database: database, clock: SystemClock())
        let count = 40
        for index in 0..<count {
            try outbox.enqueue(OutgoingMessage(
                platform: "fake", workspace: "w", destination: .conversation("c"), reply: .text("message \(index)")
            ))
        }
        let keys = Set(try outbox.due(limit: 1000).map(\.idempotencyKey))
        #expect(keys.count == count)
        let sender = IdempotentWebhookSender(url: "http://127.0.0.1:\(server.port)/send")
        let worker = OutboxWorker(
            outbox: outbox, senders: [sender], policy: RetryPolicy(maximumAttempts: 30, baseDelay: 0.05, maximumDelay: 0.5),
            clock: SystemClock(), logger: RecordingLogger()
        )
        worker.start(pollInterval: 0.02)
        let deadline = Date() + 90
        while try outbox.list(.delivered, limit: 1000).count < count, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        worker.stop()

        #expect(try outbox.list(.delivered, limit: 1000).count == count)
        #expect(try outbox.list(.dead).isEmpty)
        let report = api.report()
        #expect(report.applied == keys, "every message applied, under the key it was queued with")
        #expect(report.deduplicated > 0, "slow answers made the worker resend; the same key made that harmless")
        #expect(report.faults >= 5, "faults were injected: \(report.faults)")
        #expect(report.rateLimited > 0)
        for gap in report.gapsAfterRateLimit {
            #expect(gap >= 0.95, "a retry came \(gap) s after a 429 with Retry-After: 1")
        }
    }
}

/// Posts each message with an `Idempotency-Key` header, as Matrix uses txnIds, so a retry after a lost answer is harmless.
private struct IdempotentWebhookSender: PlatformSender {
    let platform = "fake"
    let url: String
    let client = CurlHTTPClient(proxy: ProxySettings())

    func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let request = HTTPClientRequest(
            method: "POST", url: url, headers: ["Idempotency-Key": envelope.idempotencyKey],
            body: Array(envelope.idempotencyKey.utf8), timeoutSeconds: 0.3
        )
        do {
            let response = try client.send(request)
            switch response.status {
            case 200..<300: return .delivered
            case 429: return .retry(afterSeconds: response.retryAfterSeconds(now: Date().timeIntervalSince1970), reason: "HTTP 429")
            default: return .retry(afterSeconds: nil, reason: "HTTP \(response.status)")
            }
        } catch {
            return .retry(afterSeconds: nil, reason: "\(error)")
        }
    }
}

/// The fake API: applies each idempotency key once, and injects faults from a seeded sequence.
private final class FlakyPlatformAPI: @unchecked Sendable {
    struct Report {
        /// Keys whose message was applied (shown to users), each once.
        var applied: Set<String> = []
        /// Retries of an already-applied key that the idempotency key turned into no-ops.
        var deduplicated = 0
        var faults = 0
        var rateLimited = 0
        var gapsAfterRateLimit: [Double] = []
    }

    let faultRate: Double
    let retryAfterSeconds: Int
    private let lock = NSLock()
    private var state = Report()
    private var generator = SeededGenerator(seed: 2026)
    private var rateLimitedAt: [String: Date] = [:]

    init(faultRate: Double, retryAfterSeconds: Int) {
        self.faultRate = faultRate
        self.retryAfterSeconds = retryAfterSeconds
    }

    func report() -> Report { lock.withLock { state } }

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        let key = request.headers["Idempotency-Key"] ?? "?"
        let (roll, kind) = lock.withLock { () -> (Double, Int) in
            if let limitedAt = rateLimitedAt.removeValue(forKey: key) {
                state.gapsAfterRateLimit.append(Date().timeIntervalSince(limitedAt))
            }
            return (Double.random(in: 0..<1, using: &generator), Int.random(in: 0..<3, using: &generator))
        }
        guard roll < faultRate else { return apply(key) }
        lock.withLock { state.faults += 1 }
        switch kind {
        case 0:
            return HTTPResponse(status: 500)
        case 1:
            lock.withLock {
                state.rateLimited += 1
                rateLimitedAt[key] = Date()
            }
            return HTTPResponse(status: 429, headers: ["Retry-After": "\(retryAfterSeconds)"])
        default:
            let response = apply(key)
            Thread.sleep(forTimeInterval: 0.6)
            return response
        }
    }

    private func apply(_ key: String) -> HTTPResponse {
        lock.withLock {
            if !state.applied.insert(key).inserted { state.deduplicated += 1 }
        }
        return .json("{\"event_id\":\"$\(key)\"}")
    }
}
