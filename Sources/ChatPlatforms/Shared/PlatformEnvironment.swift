import Foundation
import HTTPClient
import MentorCore

/// What the daemon gives a platform when it is built from its settings.
public struct PlatformEnvironment: Sendable {
    /// Where decoded deliveries go.
    public var inbound: any InboundPipeline
    /// Named values kept between runs (cursors, Matrix direct rooms).
    public var state: any PlatformStateStore
    /// The one HTTP client every sender and poller shares.
    public var client: any HTTPClient
    /// The one clock: signature windows, `Retry-After` dates, button reference expiry.
    public var clock: any Clock
    /// Keeps buttons too long for a platform's payload, for every renderer and sender that shows buttons.
    public var references: ButtonReferences
    /// Logs a platform's warning, e.g. a failed poll.
    public var warn: @Sendable (_ platform: String, _ message: String) -> Void
    /// The daemon's log, for what ``warn`` does not cover (a failed profile lookup).
    public var logger: any Logger
    /// Keeps the links in emails.
    public var emailLinks: (any EmailLinkStore)?
    /// A text in the language of the person with an email (the directory's, else English): `(email, key, arguments)`.
    public var readerText: @Sendable (_ email: String, _ key: String, _ arguments: [String: String]) -> String

    public init(
        inbound: any InboundPipeline, state: any PlatformStateStore, client: any HTTPClient, clock: any Clock,
        references: ButtonReferences, logger: any Logger, emailLinks: (any EmailLinkStore)? = nil,
        readerText: @escaping @Sendable (String, String, [String: String]) -> String = { _, key, _ in key },
        warn: @escaping @Sendable (String, String) -> Void
    ) {
        self.logger = logger
        self.emailLinks = emailLinks
        self.readerText = readerText
        self.inbound = inbound
        self.state = state
        self.client = client
        self.clock = clock
        self.references = references
        self.warn = warn
    }

    /// Logs why `platform` could not say who a sender is (``ProfileEmails``).
    public func lookupWarning(_ platform: String) -> @Sendable (String) -> Void {
        { [logger] in logger.warning(.platformLookupFailed, ["platform": .string(platform), "error": .string($0)]) }
    }

    /// The clock's reading, for platforms that check a request's timestamp.
    public var now: @Sendable () -> Date {
        let clock = clock
        return { clock.now }
    }
}
