import Foundation
import MentorCore

/// Named values platforms keep between runs. `set` joins the caller's transaction, so a position and the
/// messages it led to are stored together.
public struct SQLitePlatformState: PlatformStateStore {
    let database: Database
    let clock: any Clock

    public init(database: Database, clock: any Clock) {
        self.database = database
        self.clock = clock
    }

    public func value(_ key: String) throws -> String? {
        try database.read { try $0.queryFirst("SELECT value FROM platform_state WHERE key = ?", .text(key)) { $0.string(0) } }
    }

    public func set(_ key: String, _ value: String) throws {
        try database.write { connection in
            try connection.execute(
                "INSERT OR REPLACE INTO platform_state (key, value, updated_at) VALUES (?, ?, ?)", .text(key), .text(value),
                .integer(clock.now.seconds))
        }
    }
}
