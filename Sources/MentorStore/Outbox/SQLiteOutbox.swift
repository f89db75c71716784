import Foundation
import MentorCore

/// The durable outbox on SQLite. `enqueue` joins the caller's transaction when there is one.
public struct SQLiteOutbox: Outbox {
    let database: Database
    let clock: any Clock
    /// Counts every `enqueue` through this outbox and its copies.
    private let enqueues = ChangeGeneration()

    public init(database: Database, clock: any Clock) {
        self.database = database
        self.clock = clock
    }

    /// How many messages were queued through this outbox (and its copies) since it was made, committed or not, so a
    /// caller can tell cheaply whether a unit of work queued anything for the delivery worker.
    public var enqueuedCount: Int { enqueues.value }

    @discardableResult
    public func enqueue(_ message: OutgoingMessage) throws -> Int64 {
        let payload = message.encodedJSON()
        let key = SQLiteOutbox.newIdempotencyKey()
        let now = clock.now
        enqueues.bump()
        return try database.write { connection in
            try connection.execute("""
                INSERT INTO outbox (platform, payload, idempotency_key, next_attempt_ms, created_at)
                VALUES (?, ?, ?, ?, ?)
                """, .text(message.platform), .text(payload), .text(key), .integer(now.milliseconds),
                .integer(Int64(now.timeIntervalSince1970)))
            return connection.lastInsertRowID
        }
    }

    /// Pending messages whose time has come, oldest first.
    public func due(limit: Int) throws -> [OutboxEnvelope] {
        let rows = try database.read { connection in
            try connection.query("""
                SELECT id, idempotency_key, attempts, payload FROM outbox
                WHERE status = 'pending' AND next_attempt_ms <= ? ORDER BY next_attempt_ms, id LIMIT ?
                """, .integer(clock.now.milliseconds), .integer(Int64(limit))) { row in
                (row.int64(0), row.string(1), row.int(2), row.string(3))
            }
        }
        return try rows.map { id, key, attempts, payload in
            OutboxEnvelope(
                id: id, idempotencyKey: key, attempt: attempts + 1,
                message: try JSONDecoder().decode(OutgoingMessage.self, from: Data(payload.utf8))
            )
        }
    }

    /// The earliest time a pending message is due, if any.
    public func nextDue() throws -> Date? {
        try database.read { connection in
            try connection.queryFirst("SELECT MIN(next_attempt_ms) FROM outbox WHERE status = 'pending'") { row in
                row.isNull(0) ? nil : Date(timeIntervalSince1970: row.double(0) / 1000)
            } ?? nil
        }
    }

    public func markDelivered(_ id: Int64) throws {
        try database.write { connection in
            try connection.execute(
                "UPDATE outbox SET status = 'delivered', payload = '', attempts = attempts + 1, delivered_at = ? WHERE id = ?",
                .integer(Int64(clock.now.timeIntervalSince1970)), .integer(id))
        }
    }

    /// Records a failed attempt: tried again at `next`, or moved to dead letters when `next` is nil.
    public func markFailed(_ id: Int64, error: String, retryAt next: Date?) throws {
        try database.write { connection in
            try connection.execute("""
                UPDATE outbox SET attempts = attempts + 1, last_error = ?, status = ?, next_attempt_ms = ?
                WHERE id = ?
                """, .text(String(error.prefix(500))), .text(next == nil ? "dead" : "pending"),
                .integer((next ?? clock.now).milliseconds), .integer(id))
        }
    }

    /// Puts a dead letter back in the queue for an immediate try. Returns false when `id` is not a dead letter.
    public func retry(_ id: Int64) throws -> Bool {
        try database.write { connection in
            try connection.execute(
                "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_ms = ? WHERE id = ? AND status = 'dead'",
                .integer(clock.now.milliseconds), .integer(id)) > 0
        }
    }

    /// Messages with `status`, newest first.
    public func list(_ status: OutboxRecord.Status, limit: Int = 100) throws -> [OutboxRecord] {
        try database.read { connection in
            try connection.query("""
                SELECT id, platform, status, attempts, next_attempt_ms, last_error, created_at FROM outbox
                WHERE status = ? ORDER BY id DESC LIMIT ?
                """, .text(status.rawValue), .integer(Int64(limit))) { row in
                OutboxRecord(
                    id: row.int64(0), platform: row.string(1), status: OutboxRecord.Status(rawValue: row.string(2)) ?? .pending,
                    attempts: row.int(3), nextAttemptMilliseconds: row.int64(4), lastError: row.string(5), createdAt: row.int64(6)
                )
            }
        }
    }

    /// How many messages wait for delivery and how many are dead letters, for `/metrics` (delivered rows are not counted).
    public func depth() throws -> (pending: Int, dead: Int) {
        let counts = try database.read { connection in
            try connection.query(
                "SELECT status, COUNT(*) FROM outbox WHERE status IN ('pending', 'dead') GROUP BY status"
            ) { row in (row.string(0), row.int(1)) }
        }
        let byStatus = Dictionary(counts) { first, _ in first }
        return (byStatus[OutboxRecord.Status.pending.rawValue] ?? 0, byStatus[OutboxRecord.Status.dead.rawValue] ?? 0)
    }

    private static func newIdempotencyKey() -> String {
        "mentord-" + RandomToken.hex(bytes: 8)
    }
}

extension Date {
    /// Whole milliseconds since 1970.
    var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }
}
