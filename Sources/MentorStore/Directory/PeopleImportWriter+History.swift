import MentorCore

extension PeopleImportWriter {
    /// Every recorded state, by person, oldest first: one ordered read.
    func recordedHistories() throws -> [Int64: [EmploymentState]] {
        var histories: [Int64: [EmploymentState]] = [:]
        let rows = try connection.query(
            "SELECT person_id, effective_on, status, career_level, source FROM person_history ORDER BY person_id, effective_on"
        ) { row in (row.int64(0), EmploymentStateRow.decode(row, from: 1)) }
        for (person, state) in rows {
            if let state { histories[person, default: []].append(state) }
        }
        return histories
    }

    /// Replaces the person's states from the first new one's day on with `entries`.
    func writeHistory(_ entries: [EmploymentState], personID: Int64) throws {
        guard let first = entries.first else { return }
        try connection.execute(
            "DELETE FROM person_history WHERE person_id = ? AND effective_on >= ?", .integer(personID), .text(first.effectiveOn.description)
        )
        for entry in entries {
            try connection.execute("""
                INSERT INTO person_history (person_id, effective_on, status, career_level, source, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, .integer(personID), .text(entry.effectiveOn.description), .text(entry.status.rawValue),
                .integer(Int64(entry.careerStage.level)), .text(entry.source.rawValue), .integer(now))
        }
    }

    /// The people a full sync is about to mark `left` (active, not in the file, listed in `import_emails`) leave on
    /// the import's day.
    func recordFullSyncDepartures() throws {
        try connection.execute("""
            INSERT INTO person_history (person_id, effective_on, status, career_level, source, recorded_at)
            SELECT id, ?1, 'left', career_level, 'full_sync', ?2 FROM people
            WHERE status = 'active' AND email NOT IN (SELECT email FROM import_emails)
            ON CONFLICT (person_id, effective_on) DO UPDATE SET status = 'left', career_level = excluded.career_level,
                source = excluded.source, recorded_at = excluded.recorded_at
            """, .text(asOf.description), .integer(now))
    }

    /// Remembers the day this import described; see ``SQLitePersonHistoryStore/latestImportDate()``.
    func recordImportDate() throws {
        try connection.execute("""
            INSERT INTO people_imports (as_of, imported_at) VALUES (?, ?)
            ON CONFLICT (as_of) DO UPDATE SET imported_at = excluded.imported_at
            """, .text(asOf.description), .integer(now))
    }
}
