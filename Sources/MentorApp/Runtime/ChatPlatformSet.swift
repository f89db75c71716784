import ChatPlatforms
import HTTPClient
import MentorCore
import MentorStore

/// The chat platforms switched on by configuration, built in one loop over ``PlatformSettings/all``: their HTTP
/// routes, their pollers and their outbox senders.
struct ChatPlatformSet {
    /// The pipeline every platform (and the daemon's console) hands its deliveries to.
    let inbound: InboxPipeline
    var routes: [PlatformRoute] = []
    var senders: [any PlatformSender] = []
    /// Names of the platforms that receive messages, for the start-up log.
    var names: [String] = []
    /// Platforms that poll (Matrix, Telegram in poll mode) rather than receive webhooks; started and stopped with the daemon.
    var pollers: [any PollingPlatform] = []

    /// Builds every platform whose settings are present, sharing `client`. `respond` replaces the assistant (tests make it slow).
    init(
        values: ConfigValues, app: MentorApplication, assistant: MentorAssistant, wake: @escaping @Sendable () -> Void,
        respond: (@Sendable (Incoming) -> [Reply])? = nil, client: any HTTPClient = CurlHTTPClient(), metrics: DaemonMetrics? = nil
    ) throws(CLIFailure) {
        inbound = InboxPipeline(app: app, assistant: assistant, respond: respond, wake: wake, metrics: metrics)
        let environment = ChatPlatformSet.environment(app: app, inbound: inbound, catalog: assistant.messages, client: client)
        for setup in PlatformSettings.all {
            guard let parts = try setup.make(values, environment) else { continue }
            routes += parts.routes
            senders += parts.senders
            if let poller = parts.poller { pollers.append(poller) }
            if !parts.routes.isEmpty || parts.poller != nil { names.append(parts.name) }
        }
    }

    /// What every platform is built with: the inbound pipeline, the platform state, one shared HTTP client for every
    /// sender and poller, the clock, the button references and the log.
    static func environment(app: MentorApplication, inbound: any InboundPipeline, catalog: MessageCatalog, client: any HTTPClient) -> PlatformEnvironment {
        let logger = app.logger, clock = app.clock
        let directory = app.directory, profiles = app.profiles
        return PlatformEnvironment(
            inbound: inbound,
            state: SQLitePlatformState(database: app.database, clock: clock), client: client, clock: clock, references: app.buttonReferences, logger: logger,
            emailLinks: app.emailLinks,
            readerText: { email, key, arguments in
                let person = try? directory.person(email: email)
                let language = person.flatMap { (try? profiles.profile(for: $0.id))??.language } ?? MessageCatalog.fallbackLanguage
                return catalog.text(key, language: language, arguments)
            },
            warn: { platform, message in logger.warning(.platformPollFailed, ["platform": .string(platform), "error": .string(message)]) }
        )
    }

    /// The environment over a new inbox pipeline, for building one platform on its own (tests).
    static func environment(
        app: MentorApplication, assistant: MentorAssistant, wake: @escaping @Sendable () -> Void,
        respond: (@Sendable (Incoming) -> [Reply])? = nil, client: any HTTPClient = CurlHTTPClient()
    ) -> PlatformEnvironment {
        environment(
            app: app, inbound: InboxPipeline(app: app, assistant: assistant, respond: respond, wake: wake), catalog: assistant.messages, client: client
        )
    }
}
