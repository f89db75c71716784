import Foundation

/// Applies pending migrations at start-up, all in one transaction, and refuses a newer schema.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    public init(migrations: [Migration] = SchemaMigrations.all) {
        precondition(
            migrations.enumerated().allSatisfy { $0.offset + 1 == $0.element.version },
            "migrations must be numbered 1, 2, 3… without gaps"
        )
        self.migrations = migrations
    }

    /// The newest schema version this binary knows.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The schema version recorded in `database` (0 for a new file).
    public func currentVersion(of database: Database) throws -> Int {
        try database.read { connection in
            let hasTable = try connection.queryFirst(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
            ) { _ in true } ?? false
            guard hasTable else { return 0 }
            return try connection.queryFirst("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") { $0.int(0) } ?? 0
        }
    }

    /// Brings `database` up to ``latestVersion``. Returns the migrations it applied, oldest first.
    @discardableResult
    public func migrate(_ database: Database, now: Date = Date()) throws -> [Migration] {
        try database.transaction { connection in
            let current = try Migrator.recordedVersion(connection)
            guard current <= latestVersion else {
                throw StoreError.schemaTooNew(found: current, supported: latestVersion)
            }
            let pending = migrations.filter { $0.version > current }
            for migration in pending {
                try connection.executeScript(migration.sql)
                try migration.then?(connection)
                try connection.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    .integer(Int64(migration.version)), .text(migration.name), .integer(Int64(now.timeIntervalSince1970))
                )
            }
            return pending
        }
    }

    private static func recordedVersion(_ connection: SQLiteConnection) throws -> Int {
        try connection.executeScript("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at INTEGER NOT NULL
            )
            """)
        return try connection.queryFirst("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") { $0.int(0) } ?? 0
    }
}
