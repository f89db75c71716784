import Foundation
import MentorCore

/// Matrix: a `/sync` long-poll loop (no webhook). Each batch goes through the inbound pipeline together with its
/// `next_batch` token, so replies, inbox records and the new position are stored in one transaction: a restart
/// neither repeats nor skips a command. Errors back off exponentially with jitter.
public final class MatrixPlatform: ChatPlatform, PollingPlatform, @unchecked Sendable {
    public static let name = "matrix"
    public static let capabilities = PlatformCapabilities.matrix

    let api: MatrixAPI
    let ownUserID: String
    let allowedServers: Set<String>
    let inbound: any InboundPipeline
    let state: any PlatformStateStore
    /// The platform-state key of the stored `next_batch`.
    let positionKey: String
    /// Where a skipped invite is reported.
    let warn: @Sendable (String, String) -> Void
    private var loop: PollingLoop?

    public init(api: MatrixAPI, ownUserID: String, allowedServers: Set<String>, environment: PlatformEnvironment) {
        self.api = api
        self.ownUserID = ownUserID
        self.allowedServers = allowedServers
        inbound = environment.inbound
        state = environment.state
        positionKey = "matrix.next_batch." + ownUserID
        let warn = environment.warn
        self.warn = warn
        loop = PollingLoop(
            poll: { [unowned self] in try syncOnce(timeoutMilliseconds: 30_000) },
            retryHint: { error in
                if case .http(_, let retryAfter) = error as? MatrixError { return retryAfter }
                return nil
            },
            log: { warn(Self.name, "matrix sync failed: \($0)") }
        )
    }

    /// The platform itself, so whoever runs the poller keeps it alive (the loop holds it only unowned).
    public var poller: (any PollingPlatform)? { self }

    public func start() { loop?.start() }

    public func stop() { loop?.stop() }

    /// The platform-state key of a Matrix user's direct chat with mentord.
    public static func directRoomKey(_ userID: String) -> String { "matrix.dm." + userID }

    /// One sync round: accept invites, hand over the batch. Returns the batch for tests.
    ///
    /// The stored position is read first (nil on the first start: history is then skipped, not answered).
    @discardableResult
    public func syncOnce(timeoutMilliseconds: Int) throws -> MatrixSyncBatch {
        let since = try state.value(positionKey)
        let response = try api.sync(since: since, timeoutMilliseconds: since == nil ? 0 : timeoutMilliseconds)
        var batch = MatrixSyncBatch(response, ownUserID: ownUserID, allowedServers: allowedServers)
        if since == nil { batch.commands = [] }
        // An invite that cannot be joined is reported and skipped: retrying the batch would never get past it.
        for room in batch.invites {
            do { try api.join(room) } catch { warn(Self.name, "matrix invite to \(room) skipped: \(error)") }
        }
        var cursor = [positionKey: batch.nextBatch]
        // A direct chat someone invites mentord into is where it reaches them privately later.
        for (user, room) in batch.directRooms { cursor[Self.directRoomKey(user)] = room }
        try inbound.process(batch.commands.map { command in
            .queued(
                platform: Self.name, id: command.eventID, incoming: command.incoming, to: .conversation(command.incoming.conversation)
            )
        }, cursor: cursor)
        return batch
    }
}
