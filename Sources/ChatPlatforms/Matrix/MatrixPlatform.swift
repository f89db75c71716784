import Foundation
import MentorCore

/// Matrix: a `/sync` long-poll loop (no webhook). Each batch is handed over together with its `next_batch` token,
/// so the daemon can store the replies and the new position in one transaction: a restart neither repeats nor
/// skips a command. Errors back off exponentially with jitter.
public final class MatrixPlatform: @unchecked Sendable {
    public static let name = "matrix"
    public static let capabilities = PlatformCapabilities(maximumMessageLength: 30_000, supportsButtons: false, supportsThreads: true)

    let api: MatrixAPI
    let ownUserID: String
    let allowedServers: Set<String>
    let loadPosition: @Sendable () -> String?
    let process: @Sendable (MatrixSyncBatch) throws -> Void
    let log: @Sendable (String) -> Void
    /// Guards `running` and `stopped`.
    private let condition = NSCondition()
    private var running = false
    private var stopped = true

    /// - Parameters:
    ///   - loadPosition: the stored `next_batch`, or nil on first start (history is then skipped, not answered).
    ///   - process: handles a batch's commands and stores its `next_batch` atomically.
    public init(
        api: MatrixAPI, ownUserID: String, allowedServers: Set<String>, loadPosition: @escaping @Sendable () -> String?,
        process: @escaping @Sendable (MatrixSyncBatch) throws -> Void, log: @escaping @Sendable (String) -> Void
    ) {
        self.api = api
        self.ownUserID = ownUserID
        self.allowedServers = allowedServers
        self.loadPosition = loadPosition
        self.process = process
        self.log = log
    }

    /// One sync round: accept invites, hand over the batch. Returns the batch for tests.
    @discardableResult
    public func syncOnce(timeoutMilliseconds: Int) throws -> MatrixSyncBatch? {
        let since = loadPosition()
        let response = try api.sync(since: since, timeoutMilliseconds: since == nil ? 0 : timeoutMilliseconds)
        guard var batch = MatrixSyncBatch(response, ownUserID: ownUserID, allowedServers: allowedServers) else {
            throw MatrixError.http(status: 200, retryAfter: nil)
        }
        if since == nil { batch.commands = [] }
        for room in batch.invites { try api.join(room) }
        try process(batch)
        return batch
    }

    /// Polls on a background thread until ``stop()``.
    public func start(timeoutMilliseconds: Int = 30_000) {
        condition.lock()
        guard !running else {
            condition.unlock()
            return
        }
        running = true
        stopped = false
        condition.unlock()
        Thread.detachNewThread { [self] in
            var failures = 0
            var random = SystemRandomNumberGenerator()
            while isRunning {
                do {
                    try syncOnce(timeoutMilliseconds: timeoutMilliseconds)
                    failures = 0
                } catch {
                    failures += 1
                    let base = min(60, pow(2, Double(min(failures, 6))) / 2)
                    let wait = max(MatrixPlatform.retryAfter(error) ?? 0, Double.random(in: base / 2...base, using: &random))
                    log("matrix sync failed (\(error)); retrying in \(String(format: "%.1f", wait)) s")
                    condition.lock()
                    if running { _ = condition.wait(until: Date() + wait) }
                    condition.unlock()
                }
            }
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Stops after the current long poll returns; waits at most `timeout` seconds.
    public func stop(timeout: TimeInterval = 35) {
        condition.lock()
        running = false
        condition.broadcast()
        let deadline = Date() + timeout
        while !stopped && Date() < deadline { _ = condition.wait(until: deadline) }
        condition.unlock()
    }

    private var isRunning: Bool {
        condition.lock()
        defer { condition.unlock() }
        return running
    }

    private static func retryAfter(_ error: any Error) -> Double? {
        if case .http(_, let retryAfter) = error as? MatrixError { return retryAfter }
        return nil
    }
}
