import Foundation
import MentorCore

/// Runs one poll after another on a ``WorkerLoop`` (Matrix `/sync`, Telegram `getUpdates`), backing off
/// exponentially with jitter after failures and never sooner than a platform's own retry hint.
public final class PollingLoop: PollingPlatform, @unchecked Sendable {
    /// When to poll again after failures: 1, 2, 4 … up to a minute, jittered to half–full, never sooner than asked.
    static let retryPolicy = RetryPolicy.polling

    private let poll: @Sendable () throws -> Void
    private let retryHint: @Sendable (any Error) -> Double?
    private let log: @Sendable (String) -> Void
    private let loop = WorkerLoop()
    /// Failures in a row; touched only by the loop's thread.
    private var failures = 0

    /// - Parameters:
    ///   - poll: one long poll and the handling of what it returned.
    ///   - retryHint: seconds the platform asked to wait, for an error that carries them.
    public init(
        poll: @escaping @Sendable () throws -> Void, retryHint: @escaping @Sendable (any Error) -> Double?,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.poll = poll
        self.retryHint = retryHint
        self.log = log
    }

    /// Starts polling; a second call does nothing.
    public func start() {
        loop.start { [self] in
            var random = SystemRandomNumberGenerator()
            do {
                try poll()
                failures = 0
                return 0
            } catch {
                failures += 1
                let wait = PollingLoop.retryPolicy.delay(afterAttempt: failures, retryAfter: retryHint(error), random: &random)
                log("\(error); retrying in \(String(format: "%.1f", wait)) s")
                return wait
            }
        }
    }

    /// Asks the loop to stop after the poll in progress, waiting at most two seconds for it.
    ///
    /// A long poll may hold on for half a minute; shutdown does not wait for it. A batch cut off by the exit was not
    /// stored with its position, so it is fetched again on the next start (and the inbox drops what was handled).
    public func stop() { loop.stop(timeout: 2) }
}

/// A platform that fetches messages itself (no webhook); the daemon starts it after start-up and stops it on shutdown.
public protocol PollingPlatform: Sendable {
    func start()
    func stop()
}
