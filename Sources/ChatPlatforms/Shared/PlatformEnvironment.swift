import Foundation
import HTTPClient

/// What the daemon gives a platform when it is built from its settings.
public struct PlatformEnvironment: Sendable {
    /// Where decoded deliveries go.
    public var inbound: any InboundPipeline
    /// Named values kept between runs (cursors, Matrix direct rooms).
    public var state: any PlatformStateStore
    /// The one HTTP client every sender and poller shares.
    public var client: any HTTPClient
    public var now: @Sendable () -> Date
    /// Logs a platform's warning, e.g. a failed poll.
    public var warn: @Sendable (_ platform: String, _ message: String) -> Void

    public init(
        inbound: any InboundPipeline, state: any PlatformStateStore, client: any HTTPClient, now: @escaping @Sendable () -> Date,
        warn: @escaping @Sendable (String, String) -> Void
    ) {
        self.inbound = inbound
        self.state = state
        self.client = client
        self.now = now
        self.warn = warn
    }
}

/// Small named values a platform keeps between runs, such as a poll cursor.
public protocol PlatformStateStore: Sendable {
    func value(_ key: String) throws -> String?
    func set(_ key: String, _ value: String) throws
}
