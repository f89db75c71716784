import Calendars
import ChatPlatforms
import Foundation
import MentorCore
import MentorStore

/// The composition root: configuration, logger, database, directory and assistant, wired once.
public final class MentorApplication: Sendable {
    public let config: MentorConfig
    public let logger: any Logger
    public let database: Database
    public let directory: SQLiteDirectory
    public let profiles: SQLiteProfiles
    public let conversations: SQLiteConversations
    public let outbox: SQLiteOutbox
    public let messenger: SQLiteMessenger
    public let meetings: SQLiteMeetingStore
    public let jobs: SQLiteJobStore
    public let auditLog: SQLiteAuditLog
    public let clock: any Clock
    /// Groups writes across the stores for the CLI and Core; the inbound pipeline alone opens its transaction on the
    /// database itself, because it reads the connection's change count to tell whether a delivery wrote.
    public let unitOfWork: SQLiteUnitOfWork
    /// Keeps buttons too long for a platform's payload; shared by the inbound pipeline, renderers and senders.
    public let buttonReferences: ButtonReferences
    /// The links in emails, and who unsubscribed.
    public let emailLinks: SQLiteEmailLinks
    /// The scheduling settings with the holiday calendars, read from their folder once per process.
    private let scheduling: SchedulingSettings
    /// Reads published calendars with libical; one per process, so its cache of expanded busy time is shared.
    public let calendars: LibICalReader
    /// What the dashboard and the program-manager digest count, read through a read-only connection of their own.
    public let insights: SQLiteInsights
    /// That read-only connection, which the dashboard's other reads (audit log, feedback, comments) share.
    public let insightsReader: Database

    /// Opens the data directory and database, applying pending migrations.
    public init(config: MentorConfig, logger: any Logger, clock: any Clock = SystemClock()) throws(CLIFailure) {
        self.config = config
        self.logger = logger
        self.clock = clock
        scheduling = config.schedulingWithHolidays(logger: logger)
        RandomToken.source = OpenSSLTokenSource()
        do {
            try FileManager.default.createDirectory(atPath: config.dataDirectory, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure(
                "cannot create the data directory \(config.dataDirectory): \(error.localizedDescription); set MENTORD_DATA_DIR to a writable path",
                exitCode: ExitCode.ioError
            )
        }
        do {
            database = try Database(path: config.databasePath)
            logger.info(.databaseOpened, ["path": .string(config.databasePath)])
            for migration in try Migrator().migrate(database) {
                logger.info(.migrationApplied, ["version": .int(migration.version), "name": .string(migration.name)])
            }
        } catch let error as StoreError {
            throw CLIFailure(error.description, exitCode: error.exitCode)
        } catch {
            throw CLIFailure("cannot open the database: \(error)", exitCode: ExitCode.ioError)
        }
        directory = SQLiteDirectory(database: database, clock: clock)
        profiles = SQLiteProfiles(database: database, clock: clock)
        conversations = SQLiteConversations(database: database)
        outbox = SQLiteOutbox(database: database, clock: clock)
        messenger = SQLiteMessenger(
            database: database, outbox: outbox, clock: clock, consolePlatform: ConsoleChat.name,
            replyOnlyPlatforms: config.replyOnlyPlatforms, emailReach: config.emailReach
        )
        meetings = SQLiteMeetingStore(database: database)
        jobs = SQLiteJobStore(database: database)
        auditLog = SQLiteAuditLog(database: database)
        unitOfWork = SQLiteUnitOfWork(database: database)
        buttonReferences = ButtonReferences(store: SQLiteButtonReferenceStore(database: database), clock: clock)
        emailLinks = SQLiteEmailLinks(database: database, tokenDigest: OpenSSLTokenDigest(), clock: clock)
        calendars = LibICalReader(limits: config.calendarLimits)
        do {
            insightsReader = try Database.reader(of: database)
            insights = SQLiteInsights(database: insightsReader)
        } catch {
            throw CLIFailure("cannot open the dashboard's read connection: \(error.description)", exitCode: error.exitCode)
        }
    }

    /// Runs `body` in one transaction with everything it writes, outbox messages and platform state included.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try unitOfWork.transaction(body)
    }

    /// The stores and settings commands use, with the synonyms and programs from their configured files.
    ///
    /// The stores that only Core reaches are built here; they hold nothing but the shared ``database``.
    public func makeServices() throws(CLIFailure) -> MentorServices {
        var services = MentorServices(
            unitOfWork: unitOfWork, directory: directory, profiles: profiles, conversations: conversations, mentorIndex: profiles,
            synonyms: try SynonymsFile.load(config.synonymsFile), clock: clock, logger: logger, messenger: messenger,
            programs: try ProgramsFile.load(config.programsFile), requests: SQLiteRequestStore(database: database),
            offers: SQLiteOfferStore(database: database), pairings: SQLitePairingStore(database: database),
            blockList: SQLiteBlockListStore(database: database), rounds: SQLiteRoundStore(database: database), meetings: meetings, jobs: jobs,
            checkIns: SQLiteCheckInStore(database: database), reflections: SQLiteReflectionStore(database: database),
            goals: SQLiteGoalStore(database: database), surveys: SQLiteSurveyStore(database: database),
            digests: SQLiteDigestStore(database: database), feedback: SQLiteFeedbackStore(database: database, tokenDigest: OpenSSLTokenDigest()),
            officeHours: SQLiteOfficeHoursStore(database: database), circles: SQLiteCircleStore(database: database),
            resources: SQLiteResourceLibraryStore(database: database), recognition: SQLiteRecognitionStore(database: database),
            auditLog: auditLog, channels: try ChannelsFile.load(config.channelsFile), recognitionChannel: config.recognitionChannel,
            scheduling: scheduling,
            waitingOffers: SQLiteOfferStore(database: database), tokenDigest: OpenSSLTokenDigest(),
            dashboardSessions: SQLiteDashboardSessions(database: database)
        )
        services.channelPlatforms = config.channelPlatforms
        services.calendarFeedRules = config.calendarFetch.rules
        services.calendars = calendars
        services.unansweredSearches = SQLiteUnansweredSearches(database: database)
        services.insights = insights
        services.healthTargets = try ProgramsFile.loadHealthTargets(config.programsFile)
        services.dashboardIdleMinutes = config.dashboardIdleMinutes
        return services
    }

    /// Role and link-code changes by the operator, each audited.
    public var access: AuditedAccess { AuditedAccess(unitOfWork: unitOfWork, directory: directory, auditLog: auditLog, tokenDigest: OpenSSLTokenDigest()) }

    /// The chat assistant with every built-in command and the prompts from `config.promptsDirectory`.
    public func makeAssistant() throws(CLIFailure) -> MentorAssistant {
        let messages = try PromptsDirectory.load(config.promptsDirectory)
        let registry: CommandRegistry
        do {
            registry = try CommandRegistry(BuiltinCommands.all, messages: messages)
        } catch {
            throw CLIFailure("cannot start: \(error)", exitCode: ExitCode.software)
        }
        return MentorAssistant(services: try makeServices(), registry: registry, messages: messages)
    }

    /// Whether the database is open and at the schema this binary expects, for `/readyz`.
    public func isReady() -> Bool {
        (try? Migrator().currentVersion(of: database)) == Migrator().latestVersion
    }
}

extension StoreError {
    var exitCode: Int32 {
        switch self {
        case .schemaTooNew: ExitCode.dataError
        case .cannotOpen, .backupFailed: ExitCode.ioError
        case .backupTargetExists: ExitCode.usage
        case .sqlite: ExitCode.software
        }
    }
}
