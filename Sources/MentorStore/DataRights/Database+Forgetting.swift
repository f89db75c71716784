import Foundation

/// Making the SQLite file itself forget what `forget` erased, while the daemon may hold its own connection.
///
/// `secure_delete` (on for every connection, see ``Database/init(path:)``) overwrites deleted content with zeros. A committed
/// erase still leaves the earlier page versions in the WAL, so the WAL is checkpointed into the file and truncated
/// (`wal_checkpoint(TRUNCATE)`, retried while the daemon is in the middle of a read), then `VACUUM` rebuilds the file
/// from the live rows only (its scratch copy kept in memory, never in a temporary file), and the WAL it wrote is
/// checkpointed and truncated again. VACUUM and checkpoints are ordinary writes to the daemon's connection: it waits
/// at most its busy timeout, and its prepared statements are prepared again on their next use.
extension Database {
    /// What ``forgetErasedContent(within:)`` achieved.
    public struct Compaction: Sendable, Equatable {
        /// Whether the WAL was checkpointed completely and truncated to zero bytes, both times.
        public var walTruncated: Bool
        public var vacuumed: Bool
    }

    /// Checkpoints and truncates the WAL, VACUUMs, and checkpoints again, retrying a busy checkpoint for up to
    /// `timeout` seconds.
    public func forgetErasedContent(within timeout: TimeInterval = 30) throws -> Compaction {
        let deadline = Date() + timeout
        let before = try truncateWAL(until: deadline)
        try read { connection in try connection.executeScript("PRAGMA temp_store = MEMORY; VACUUM") }
        let after = try truncateWAL(until: deadline)
        return Compaction(walTruncated: before && after, vacuumed: true)
    }

    /// `PRAGMA wal_checkpoint(TRUNCATE)` until it reports no reader in the way and every frame copied.
    private func truncateWAL(until deadline: Date) throws -> Bool {
        while true {
            let (busy, log, copied) = try read { connection in
                try connection.queryFirst("PRAGMA wal_checkpoint(TRUNCATE)") { ($0.int(0), $0.int(1), $0.int(2)) } ?? (1, -1, -1)
            }
            if busy == 0 && log == copied { return true }
            guard Date() < deadline else { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
