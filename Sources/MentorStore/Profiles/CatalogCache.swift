import Foundation
import MentorCore

/// Keeps the catalog's ``CatalogData`` and rebuilds it only after people or profiles changed: in this process (the
/// database's catalog generation) or in another one, such as a CLI import while the daemon runs (`data_version`).
final class CatalogCache: @unchecked Sendable {
    private let database: Database
    /// Guards `cached`.
    private let lock = NSLock()
    private var cached: (data: CatalogData, generation: Int, dataVersion: Int)?

    init(database: Database) {
        self.database = database
    }

    func data() throws -> CatalogData {
        let generation = database.catalogGeneration.value
        let dataVersion = try database.read { try $0.queryFirst("PRAGMA data_version") { $0.int(0) } ?? 0 }
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.generation == generation, cached.dataVersion == dataVersion { return cached.data }
        let data = try build()
        cached = (data, generation, dataVersion)
        return data
    }

    private func build() throws -> CatalogData {
        try database.read { connection in
            let rows = try connection.query("""
                SELECT t.term, t.person_id, t.field FROM profile_terms AS t
                JOIN profile_roles AS r ON r.person_id = t.person_id AND r.role = 'mentor'
                JOIN profiles AS f ON f.person_id = t.person_id AND f.consented_at IS NOT NULL
                """) { row in
                (term: row.string(0), person: PersonID(row.int64(1)), field: CatalogField(rawValue: row.int(2)) ?? .bio)
            }
            let mentors = try connection.query("""
                SELECT p.id, p.status, f.capacity, f.paused_until, COALESCE(f.time_zone, p.time_zone), f.working_hours
                FROM profile_roles AS r
                JOIN people AS p ON p.id = r.person_id
                JOIN profiles AS f ON f.person_id = r.person_id
                WHERE r.role = 'mentor' AND f.consented_at IS NOT NULL
                """) { row in
                CatalogData.Mentor(
                    id: PersonID(row.int64(0)), isActive: row.string(1) == "active", capacity: row.int(2),
                    pause: row.optionalString(3).flatMap(ProfileRow.pause(from:)), timeZoneID: row.string(4),
                    workingHours: WorkingHours(parsing: row.string(5)) ?? .standard
                )
            }
            return CatalogData(mentors: mentors, rows: rows)
        }
    }
}

/// A counter bumped whenever people or profiles change, so caches know to rebuild.
final class ChangeGeneration: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func bump() {
        lock.lock()
        defer { lock.unlock() }
        current += 1
    }
}
