/// Every text the daemon writes to its log, in one place.
///
/// Fields carry the variable parts; the text itself is fixed so logs can be searched and alerted on.
public enum LogMessage: String, Sendable {
    // Lifecycle
    case starting = "mentord starting"
    case listening = "listening"
    case ready = "ready"
    case platformsEnabled = "chat platforms enabled"
    case platformPollFailed = "chat platform poll failed; backing off"
    case platformLookupFailed = "chat platform could not say who a sender is; they can still link with a code"
    case shutdownRequested = "shutdown requested"
    case shutdownComplete = "shutdown complete"
    case shutdownTimedOut = "shutdown timed out; in-flight requests abandoned"
    case consoleAttached = "console attached"

    // Storage
    case databaseOpened = "database opened"
    case migrationApplied = "migration applied"
    case backupWritten = "backup written"
    case sampleOrgImported = "sample organisation imported into the empty database"

    // HTTP
    case requestCompleted = "request completed"
    case requestFailed = "request handler failed"
    case dashboardFailed = "dashboard request failed"
    case dashboardLinkIssued = "dashboard sign-in link issued"

    // Commands
    case commandFailed = "command failed"
    case unknownSender = "message from a sender mentord does not know"
    case accountLinked = "chat account linked with a one-time code"
    case linkCodeIssued = "one-time link code issued"

    // Outbox
    case outboxDelivered = "outbox message delivered"
    case outboxRetry = "outbox delivery failed; will retry"
    case outboxDeadLetter = "outbox message moved to dead letters"
    case outboxRerouted = "message could not be delivered there; sent on to the person's next linked account or email"
    case personUnreachable = "message could not be delivered anywhere; held for the person, who is listed as unreachable"
    case outboxFailed = "outbox worker pass failed"
    case outboxRequeued = "dead letter queued again"

    // Inbound
    case inboundFailed = "inbound delivery could not be handled; nothing was kept"
    case inboundAcknowledged = "command still running at the platform's deadline; acknowledged, its reply follows"
    case inboxPruned = "old inbox deliveries pruned"
    case inboundSkipped = "polled delivery failed; recorded as failed and skipped, its batch goes on"

    // Matching

    // Jobs and scheduling
    case jobsRan = "due jobs ran"
    case jobFailed = "job failed; will try again"
    case jobKindUnknown = "job of an unknown kind postponed by a day"
    case jobPassFailed = "job pass failed; will try again"
    case calendarFeedFetched = "calendar feed fetched"
    case calendarFeedFailed = "calendar feed could not be read"
    case holidaysLoaded = "holiday calendars loaded"
    case holidaysFolderMissing = "holidays folder not found; scheduling runs without holidays"
    case holidaysFileIgnored = "file in the holidays folder ignored: name it CC.ics or site-NAME.ics"
    case holidaysFileProblems = "holiday calendar has lines that could not be read; the rest is used"

    // Import
    case importApplied = "people import applied"
    case importRejected = "people import rejected"

    // Data rights
    case personalDataExported = "personal data exported"
    case personForgotten = "person forgotten"
    case forgetLeftTraces = "forget finished, but the byte scan still found traces"

    // Metrics
    case metricsOff = "/metrics is off: the listener is not on loopback and metrics.token is not set"
    case metricsStoreUnreadable = "/metrics could not read the outbox or job table; mentord_store_up is 0"
}
