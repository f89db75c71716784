import Foundation
import HTTPServer
import MentorCore
import MentorStore

/// What `mentord serve` exposes at `/metrics`: operational counts only, with no person in any label or value.
///
/// The HTTP server, the platform routes and the outbox worker count into it as things happen; queue depths and job lag
/// are read from the store at each scrape. Every label value comes from a closed set (``MetricLabels``): route patterns,
/// never concrete paths (an invite's path is its access token), platform names, methods, status classes, results.
public final class DaemonMetrics: Sendable {
    /// The versions `mentord_build_info` carries.
    public struct Build: Sendable {
        public var version: String
        public var schemaVersion: Int
        public var sqliteVersion: String

        public init(version: String, schemaVersion: Int, sqliteVersion: String) {
            self.version = version
            self.schemaVersion = schemaVersion
            self.sqliteVersion = sqliteVersion
        }
    }

    /// Bucket bounds of the request latency histogram, in seconds: webhooks must answer within 3 s, most in milliseconds.
    public static let latencyBounds: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    public let registry = MetricsRegistry()
    private let requestDuration: HistogramFamily
    private let deliveries: CounterFamily
    private let verificationFailures: CounterFamily
    private let inboundRepeats: CounterFamily

    /// The daemon's families, with `build` and the process start time `startedAt`.
    public init(build: Build, startedAt: Date = Date()) {
        registry.collect {
            [
                MetricSnapshot(name: "mentord_build_info", help: "The running mentord: its version, database schema version and SQLite library.", kind: .gauge, samples: [
                    .init(labels: [
                        .init("version", build.version), .init("schema_version", String(build.schemaVersion)), .init("sqlite_version", build.sqliteVersion),
                    ], value: 1),
                ]),
                .gauge("mentord_process_start_time_seconds", "When the process started, in seconds since 1970.", startedAt.timeIntervalSince1970.rounded()),
            ]
        }
        requestDuration = registry.histogram(
            "mentord_http_request_duration_seconds", help: "Time from a request arriving to its response being written, by route pattern.",
            labels: ["route", "method", "status_class"], bounds: Self.latencyBounds
        )
        deliveries = registry.counter(
            "mentord_outbox_deliveries_total", help: "Outbox delivery attempts by platform and what became of them.", labels: ["platform", "result"]
        )
        verificationFailures = registry.counter(
            "mentord_webhook_verification_failures_total", help: "Webhook requests refused with 401 (bad or missing signature or token), by platform.",
            labels: ["platform"]
        )
        inboundRepeats = registry.counter(
            "mentord_inbound_repeats_total",
            help: "Deliveries a platform sent again (a retry after a slow or lost answer) that were answered from the inbox and not run twice.",
            labels: ["platform"]
        )
    }

    /// Counts one answered request under its route pattern (nil: it matched no route).
    public func requestCompleted(route: String?, method: String, status: Int, seconds: Double) {
        requestDuration.observe(
            max(0, seconds), [route ?? MetricLabels.unmatchedRoute, MetricLabels.method(method), MetricLabels.statusClass(status)]
        )
    }

    /// Counts what became of one delivery attempt to `platform`.
    public func delivery(platform: String, result: OutboxResult) {
        deliveries.increment([MetricLabels.platform(platform), result.rawValue])
    }

    /// Counts a webhook request on the platform route `path` (`/slack/commands`) that was refused with 401.
    public func verificationFailed(route path: String) {
        verificationFailures.increment([MetricLabels.platform(ofRoute: path)])
    }

    /// Counts a delivery from `platform` that was a repeat of one already handled.
    public func inboundRepeated(platform: String) {
        inboundRepeats.increment([MetricLabels.platform(platform)])
    }

    /// Reads the outbox depth and the job backlog from the store at every scrape; `mentord_store_up` is 0 (and those
    /// families are left out) when the store cannot be read.
    public func watch(outbox: SQLiteOutbox, jobs: SQLiteJobStore, clock: any Clock, logger: any Logger) {
        registry.collect {
            let now = clock.now
            let depth: (pending: Int, dead: Int), outboxDue: Date?, backlog: JobBacklog
            do {
                depth = try outbox.depth()
                outboxDue = try outbox.nextDue()
                backlog = try jobs.backlog(at: now)
            } catch {
                logger.warning(.metricsStoreUnreadable, ["error": .string(String(describing: error))])
                return [.gauge("mentord_store_up", "1 when the database could be read for this scrape, else 0.", 0)]
            }
            return [
                .gauge("mentord_store_up", "1 when the database could be read for this scrape, else 0.", 1),
                MetricSnapshot(name: "mentord_outbox_messages", help: "Outbox messages waiting for delivery (pending) and dead letters (dead).", kind: .gauge, samples: [
                    .init(labels: [.init("status", "pending")], value: Double(depth.pending)),
                    .init(labels: [.init("status", "dead")], value: Double(depth.dead)),
                ]),
                .gauge(
                    "mentord_outbox_lag_seconds", "Seconds the earliest pending outbox message is past its time to be tried; 0 when none is.",
                    outboxDue.map { max(0, now.timeIntervalSince($0)) } ?? 0
                ),
                .gauge("mentord_jobs_pending", "Jobs in the job table (reminders, offer expiries, rotations), due or not.", Double(backlog.pending)),
                .gauge("mentord_jobs_due", "Jobs whose due time has come and that have not run yet.", Double(backlog.due)),
                .gauge("mentord_job_lag_seconds", "Seconds the earliest due job is overdue; 0 when none is.", backlog.lagSeconds(at: now)),
            ]
        }
    }

    /// Reads the server's own counts at every scrape.
    public func watch(server: HTTPServer) {
        registry.collect {
            [
                MetricSnapshot(
                    name: "mentord_http_connections_closed_at_deadline_total",
                    help: "Connections closed because their request had not arrived within http.request_deadline_seconds.", kind: .counter,
                    samples: [.init(value: Double(server.connectionsClosedAtDeadline))]
                ),
            ]
        }
    }

    /// The exposition of every family.
    public func render() -> String { registry.render() }
}
