import CSQLite
import Foundation

/// The daemon's SQLite file: one serialised connection, WAL, foreign keys, and durable commits.
///
/// ```swift
/// let database = try Database(path: "var/mentord.sqlite")
/// try database.write { try $0.execute("DELETE FROM people WHERE id = ?", .integer(7)) }   // one statement
/// try database.transaction { connection in                                                 // several
///     try connection.execute("DELETE FROM link_codes WHERE person_id = ?", .integer(7))
///     try connection.execute("DELETE FROM people WHERE id = ?", .integer(7))
/// }
/// ```
public final class Database: @unchecked Sendable {
    public let path: String
    /// Guards `sqlite` and `depth`: every use of the connection happens inside `lock`, which makes the class Sendable.
    /// It is recursive so a transaction may call code that opens its own (nested ones become savepoints).
    private let lock = NSRecursiveLock()
    private let sqlite: SQLiteConnection
    /// How many transactions are open on the connection, outermost first.
    private var depth = 0
    /// Bumped by every write to people or profiles, so the catalog cache knows to rebuild.
    let catalogGeneration = ChangeGeneration()

    /// Opens (creating if needed) the file at `path` with mentord's settings.
    ///
    /// `synchronous=FULL` syncs the WAL on every commit before it returns, so a write that was acknowledged to a
    /// user survives power loss and an OS crash. (A killed process loses nothing in WAL mode whatever the setting.)
    /// `secure_delete=ON` overwrites what is deleted (a reflection, a spent feedback token, a forgotten person) with
    /// zeros instead of leaving it in free pages.
    public init(path: String) throws(StoreError) {
        let opened = try SQLiteConnection(path: path)
        try opened.executeScript("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            PRAGMA foreign_keys = ON;
            PRAGMA busy_timeout = 5000;
            PRAGMA secure_delete = ON;
            """)
        self.path = path
        self.sqlite = opened
    }

    /// A second connection to the same file that can only read: the dashboard's, so a long report never holds the
    /// lock that webhooks write through (in WAL mode a reader sees the last commit and blocks no writer).
    public static func reader(of database: Database) throws(StoreError) -> Database {
        try Database(readOnly: database.path)
    }

    private init(readOnly path: String) throws(StoreError) {
        let opened = try SQLiteConnection(path: path)
        try opened.executeScript("""
            PRAGMA busy_timeout = 5000;
            PRAGMA query_only = ON;
            """)
        self.path = path
        self.sqlite = opened
    }

    /// Runs `body` with the connection, outside any explicit transaction (for reads).
    public func read<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        try withConnection(body)
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`; any error rolls everything back and is rethrown.
    ///
    /// Called inside another transaction on the same thread, it becomes a savepoint: its changes commit with the
    /// outer transaction, and an error undoes only its own. A store method that runs several statements uses this, so
    /// it is all or nothing wherever it is called from; one that runs a single statement uses ``write(_:)``.
    @discardableResult
    public func transaction<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        try withConnection { connection in
            let nested = depth > 0
            try connection.executeScript(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE")
            depth += 1
            defer { depth -= 1 }
            do {
                let result = try body(connection)
                try connection.executeScript(nested ? "RELEASE nested" : "COMMIT")
                return result
            } catch {
                try? connection.executeScript(nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK")
                throw error
            }
        }
    }

    /// For a store method that runs a single statement, which SQLite applies all or nothing by itself: joins the
    /// caller's transaction as it is (no savepoint), or commits by itself when there is none.
    @discardableResult
    public func write<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        try withConnection { connection in depth > 0 ? try body(connection) : try transaction(body) }
    }

    /// Whether SQLite's own consistency check passes (`PRAGMA integrity_check` says `ok`).
    public func integrityCheck() throws -> String {
        try read { try $0.queryFirst("PRAGMA integrity_check") { $0.string(0) } ?? "no answer" }
    }

    /// Copies the live database to a new file with SQLite's online backup API, without blocking writers for long.
    public func backup(to target: String) throws {
        guard !FileManager.default.fileExists(atPath: target) else { throw StoreError.backupTargetExists(path: target) }
        let destination = try SQLiteConnection(path: target)
        try withConnection { source in
            guard let backup = sqlite3_backup_init(destination.handle, "main", source.handle, "main") else {
                throw StoreError.backupFailed(path: target, reason: String(cString: sqlite3_errmsg(destination.handle)))
            }
            let stepResult = sqlite3_backup_step(backup, -1)
            let finishResult = sqlite3_backup_finish(backup)
            guard stepResult == SQLITE_DONE, finishResult == SQLITE_OK else {
                throw StoreError.backupFailed(path: target, reason: String(cString: sqlite3_errstr(stepResult)))
            }
        }
    }

    private func withConnection<T>(_ body: (SQLiteConnection) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(sqlite)
    }
}

extension Database {
    /// The version of the linked SQLite library, e.g. `3.40.1`.
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }
}
