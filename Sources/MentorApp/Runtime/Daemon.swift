import Calendars
import ChatPlatforms
import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
import MentorCore
import MentorStore

/// The long-running daemon: seed data, HTTP listener, optional console, graceful shutdown.
struct Daemon {
    let app: MentorApplication
    let values: ConfigValues
    let terminal: Terminal

    /// Seconds that in-flight requests get to finish after SIGTERM.
    static let shutdownGraceSeconds = 10.0

    func run() throws -> Int32 {
        let logger = app.logger
        let shutdown = ShutdownSignal()
        logger.info(.starting, ["version": .string(VersionCommand.version), "pid": .int(Int(getpid()))])
        let assistant = try app.makeAssistant()
        try seedIfEmpty(catalog: assistant.messages)
        let wakeWorker = WorkerBell()
        // One HTTP client (and its pool of curl handles) for every sender, poller and feed.
        let client = CurlHTTPClient()
        let metrics = try makeMetrics()
        let platforms = try ChatPlatformSet(values: values, app: app, assistant: assistant, wake: wakeWorker.ring, client: client, metrics: metrics)
        let metricsAccess = MetricsAccess.decide(token: values.secret("metrics.token"), host: app.config.http.host)
        let router = AppRoutes.router(
            for: app, assistant: assistant, platforms: platforms.routes, metrics: MetricsEndpoint(access: metricsAccess, metrics: metrics),
            dashboard: try app.makeDashboardSite(catalog: assistant.messages)
        )
        let server = HTTPServer(configuration: app.config.http, router: router) { completed in
            var completed = completed
            // A request refused before routing (a body over the limit) is still named by its route, never its path.
            if completed.route == nil { completed.route = router.pattern(method: completed.method, path: completed.path) }
            metrics.requestCompleted(route: completed.route, method: completed.method, status: completed.status, seconds: completed.durationSeconds)
            logger.log(completed.status >= 500 ? .warning : .debug, .requestCompleted, AppRoutes.logFields(completed))
        }
        metrics.watch(server: server)
        if metricsAccess == .off {
            logger.info(.metricsOff, [
                "host": .string(app.config.http.host), "fix": .string("set MENTORD_METRICS_TOKEN (or MENTORD_METRICS_TOKEN_FILE) to serve /metrics to bearers of it"),
            ])
        }
        do {
            try server.start()
        } catch {
            throw CLIFailure("\(error)", exitCode: ExitCode.failure)
        }
        let address = "http://\(app.config.http.host):\(server.port)"
        app.config.scheduling.listener.publish(address)
        ListenerAddressFile.write(address, dataDirectory: app.config.dataDirectory)
        logger.info(.listening, [
            "address": .string(address), "data": .string(app.config.databasePath), "max_connections": .int(server.connectionLimit),
        ])
        terminal.say("mentord listening on \(address) (data: \(app.config.databasePath)); Ctrl-C to stop")
        let worker = OutboxWorker(
            outbox: app.outbox, messenger: app.messenger, senders: platforms.senders, clock: app.clock, logger: logger, metrics: metrics
        )
        wakeWorker.worker = worker
        worker.start()
        // The workers share the assistant's services and prompts: the config files are read once.
        let services = assistant.services, catalog = assistant.messages
        do {
            try ProgramDigestJob.schedule(after: app.clock.now, in: services.jobs)
        } catch {
            throw CLIFailure("cannot schedule the weekly program digest: \(error)", exitCode: ExitCode.software)
        }
        let fetcher = CalendarFeedFetcher(
            services: services, client: GuardedHTTPClient(policy: app.config.calendarFetch.policy), catalog: catalog,
            refreshSeconds: Double(app.config.feedRefreshMinutes) * 60, maximumFeedBytes: app.config.calendarLimits.maximumFeedBytes
        )
        let passes = [
            BackgroundWork.jobs(
                JobRunner(services: services, handlers: BuiltinJobs.handlers(services: services, catalog: catalog)), app: app,
                afterWork: wakeWorker.ring
            ),
            BackgroundWork.feeds(fetcher, app: app, afterWork: wakeWorker.ring),
            BackgroundWork.inbox(platforms.inbound.inbox, app: app),
        ]
        let workers = passes.map { pass in
            let loop = WorkerLoop()
            loop.start(pass)
            return loop
        }
        platforms.pollers.forEach { $0.start() }
        logger.info(.platformsEnabled, ["platforms": .string(platforms.names.isEmpty ? "console only" : platforms.names.joined(separator: ", "))])
        logger.info(.ready, [:])
        if let email = app.config.consoleEmail, terminal.inputIsInteractive {
            startConsole(email: email, inbound: platforms.inbound)
        }
        let signal = shutdown.wait()
        logger.info(.shutdownRequested, ["signal": .string(signal)])
        server.shutdown(timeoutSeconds: Daemon.shutdownGraceSeconds)
        ListenerAddressFile.remove(dataDirectory: app.config.dataDirectory)
        platforms.inbound.drain(timeout: Daemon.shutdownGraceSeconds)
        platforms.pollers.forEach { $0.stop() }
        workers.forEach { $0.stop() }
        worker.stop()
        logger.info(.shutdownComplete, [:])
        return ExitCode.success
    }

    /// The daemon's metrics, reading the outbox and job table at each scrape.
    private func makeMetrics() throws -> DaemonMetrics {
        let schema: Int
        do {
            schema = try Migrator().currentVersion(of: app.database)
        } catch {
            throw CLIFailure("cannot read the database's schema version: \(error)", exitCode: ExitCode.ioError)
        }
        let metrics = DaemonMetrics(build: .init(version: VersionCommand.version, schemaVersion: schema, sqliteVersion: Database.sqliteVersion))
        metrics.watch(outbox: app.outbox, jobs: app.jobs, clock: app.clock, logger: app.logger)
        return metrics
    }

    /// `make run` starts on an empty database with the sample organisation.
    private func seedIfEmpty(catalog: MessageCatalog) throws {
        guard let seed = app.config.seedCSV, try app.directory.peopleCount() == 0 else { return }
        let outcome = try PeopleImportRun(directory: app.directory, planner: PeopleImportPlanner()).run(path: seed, dryRun: false)
        guard let summary = outcome.summary else {
            outcome.plan.problems.prefix(20).forEach { terminal.warn("\(seed):\($0.line): \($0.message)") }
            throw CLIFailure("the seed file \(seed) has \(outcome.plan.problems.count) bad row(s); fix it or unset MENTORD_ORG_SEED_CSV", exitCode: ExitCode.dataError)
        }
        app.logger.info(.sampleOrgImported, ["file": .string(seed), "people": .int(summary.created)])
        if let profiles = app.config.seedProfilesCSV {
            let (plan, written) = try ProfileImportRun(app: app, catalog: catalog).run(path: profiles, dryRun: false, partial: false)
            guard written else {
                plan.problems.prefix(20).forEach { terminal.warn("\(profiles):\($0.line): \($0.message)") }
                throw CLIFailure("the seed profiles \(profiles) have \(plan.problems.count) bad row(s); fix them or unset MENTORD_ORG_SEED_PROFILES_CSV", exitCode: ExitCode.dataError)
            }
            if let email = app.config.consoleEmail { try SampleStory(assistant: try app.makeAssistant()).tell(for: email) }
        }
    }

    /// The console on the daemon's own terminal; leaving it leaves the daemon running.
    private func startConsole(email: String, inbound: InboxPipeline) {
        guard (try? app.directory.person(email: email)) != nil else {
            terminal.warn("console not opened: no person with email \(email) in the directory; set MENTORD_CONSOLE_AS to someone who is")
            return
        }
        app.logger.info(.consoleAttached, ["email": .string(email)])
        let chat = ConsoleChat(email: email, handle: inbound.replies)
        let terminal = terminal
        Thread.detachNewThread {
            chat.run(interactive: true, width: terminal.columns, readLine: terminal.readLine, write: terminal.output)
            terminal.say("console closed; mentord keeps running — Ctrl-C to stop")
        }
    }
}

/// Lets the inbound pipeline and the periodic work wake the outbox worker, which is created after the platforms (it
/// needs their senders). Rung after every handled delivery, synchronous answers included.
final class WorkerBell: @unchecked Sendable {
    private let lock = NSLock()
    private var target: OutboxWorker?

    var worker: OutboxWorker? {
        get { lock.withLock { target } }
        set { lock.withLock { target = newValue } }
    }

    var ring: @Sendable () -> Void { { [self] in worker?.wake() } }
}
