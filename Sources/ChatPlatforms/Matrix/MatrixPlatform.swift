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
    private var loop: PollingLoop?

    /// - Parameters:
    ///   - loadPosition: the stored `next_batch`, or nil on first start (history is then skipped, not answered).
    ///   - process: handles a batch's commands and stores its `next_batch` in the same transaction.
    public init(
        api: MatrixAPI, ownUserID: String, allowedServers: Set<String>, loadPosition: @escaping @Sendable () -> String?,
        process: @escaping @Sendable (MatrixSyncBatch) throws -> Void, log: @escaping @Sendable (String) -> Void
    ) {
        self.api = api
        self.ownUserID = ownUserID
        self.allowedServers = allowedServers
        self.loadPosition = loadPosition
        self.process = process
        loop = PollingLoop(
            poll: { [unowned self] in try syncOnce(timeoutMilliseconds: 30_000) },
            retryHint: { error in
                if case .http(_, let retryAfter) = error as? MatrixError { return retryAfter }
                return nil
            },
            log: { log("matrix sync failed: \($0)") }
        )
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
    public func start() { loop?.start() }

    /// Stops polling; see ``PollingLoop/stop(timeout:)``.
    public func stop() { loop?.stop() }
}
