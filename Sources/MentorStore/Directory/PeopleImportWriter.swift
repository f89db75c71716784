import MentorCore

/// Writes an ``ImportPlan`` inside an open transaction: upsert by email, then managers, then departures, and the
/// employment history all of that reveals (see ``PersonRecord/historyEntries(after:asOf:)``).
///
/// Existing people and their histories are read once up front, so a 100k-row import runs about one statement per new
/// row or changed person.
struct PeopleImportWriter {
    let connection: SQLiteConnection
    let now: Int64
    /// The day the file describes.
    let asOf: CalendarDate
    let progress: ImportProgress?
    /// Records between progress reports.
    static let progressInterval = 10_000

    private enum Change { case created, updated, unchanged }

    /// What is stored for one person, to compare with the file.
    private struct Stored {
        var id: Int64
        var values: [SQLValue]
        var managerID: Int64?
    }

    func write(_ plan: ImportPlan) throws -> ImportSummary {
        precondition(plan.isApplicable, "an import with problems is written only when partial")
        var stored = try storedPeople()
        let histories = try recordedHistories()
        var idOf = stored.mapValues(\.id)
        var changeOf: [String: Change] = [:]
        var unresolvedManagers: [(email: String, manager: String)] = []
        for (index, record) in plan.records.enumerated() {
            if index > 0, index % PeopleImportWriter.progressInterval == 0 { progress?(index) }
            let managerID = record.managerEmail.flatMap { idOf[$0] }
            if let manager = record.managerEmail, managerID == nil { unresolvedManagers.append((record.email, manager)) }
            let values = PeopleImportWriter.values(record, asOf: asOf)
            if let existing = stored[record.email] {
                let managerChanged = record.managerEmail != nil ? managerID != nil && managerID != existing.managerID : existing.managerID != nil
                if existing.values != values || managerChanged {
                    try connection.execute("""
                        UPDATE people SET display_name = ?, site = ?, country = ?, time_zone = ?, function = ?, team = ?,
                                          career_level = ?, hire_date = ?, languages = ?, status = ?, updated_at = ?,
                                          manager_id = CASE WHEN ? THEN ? ELSE manager_id END
                        WHERE id = ?
                        """, values + [.integer(now), SQLValue(record.managerEmail == nil || managerID != nil), SQLValue(managerID), .integer(existing.id)])
                    changeOf[record.email] = .updated
                } else {
                    changeOf[record.email] = .unchanged
                }
                try writeDemographics(record.demographics, personID: existing.id, isNew: false)
                try writeHistory(record.historyEntries(after: histories[existing.id] ?? [], asOf: asOf), personID: existing.id)
            } else {
                try connection.execute("""
                    INSERT INTO people (display_name, site, country, time_zone, function, team, career_level, hire_date,
                                        languages, status, email, manager_id, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, values + [.text(record.email), SQLValue(managerID), .integer(now), .integer(now)])
                let id = connection.lastInsertRowID
                idOf[record.email] = id
                stored[record.email] = Stored(id: id, values: values, managerID: managerID)
                changeOf[record.email] = .created
                try writeDemographics(record.demographics, personID: id, isNew: true)
                try writeHistory(record.historyEntries(after: [], asOf: asOf), personID: id)
            }
        }
        for (email, manager) in unresolvedManagers {
            let managerID = try idOf[manager] ?? existingID(email: manager)
            let changed = try connection.execute(
                "UPDATE people SET manager_id = ? WHERE id = ? AND manager_id IS NOT ?",
                SQLValue(managerID), .integer(idOf[email]!), SQLValue(managerID)
            )
            if changed > 0, changeOf[email] == .unchanged { changeOf[email] = .updated }
        }
        var summary = ImportSummary()
        for change in changeOf.values {
            switch change {
            case .created: summary.created += 1
            case .updated: summary.updated += 1
            case .unchanged: summary.unchanged += 1
            }
        }
        if plan.fullSync {
            summary.departed = try markMissingAsDeparted(keeping: plan.records.map(\.email))
        }
        try recordImportDate()
        return summary
    }

    private static func values(_ record: PersonRecord, asOf: CalendarDate) -> [SQLValue] {
        [
            .text(record.displayName), .text(record.site), .text(record.country), .text(record.timeZoneID),
            .text(record.function), .text(record.team), .integer(Int64(record.careerStage.level)),
            SQLValue(record.hireDate?.description), .text(record.languages.joined(separator: ",")),
            .text(record.status(on: asOf).rawValue),
        ]
    }

    /// Everyone already in the directory, by lowercase email.
    private func storedPeople() throws -> [String: Stored] {
        let rows = try connection.query("""
            SELECT email, id, display_name, site, country, time_zone, function, team, career_level, hire_date, languages,
                   status, manager_id
            FROM people
            """) { row in
            (row.string(0).lowercased(), Stored(
                id: row.int64(1),
                values: [
                    .text(row.string(2)), .text(row.string(3)), .text(row.string(4)), .text(row.string(5)),
                    .text(row.string(6)), .text(row.string(7)), .integer(row.int64(8)), SQLValue(row.optionalString(9)),
                    .text(row.string(10)), .text(row.string(11)),
                ],
                managerID: row.optionalInt64(12)
            ))
        }
        return Dictionary(rows) { first, _ in first }
    }

    /// Consent withdrawn means the stored answers are deleted, not just hidden.
    private func writeDemographics(_ demographics: Demographics?, personID: Int64, isNew: Bool) throws {
        guard let demographics else {
            if !isNew { try connection.execute("DELETE FROM demographics WHERE person_id = ?", .integer(personID)) }
            return
        }
        try connection.execute("""
            INSERT INTO demographics (person_id, gender, age_band, consented_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (person_id) DO UPDATE SET gender = excluded.gender, age_band = excluded.age_band
            """, .integer(personID), SQLValue(demographics.gender), SQLValue(demographics.ageBand), .integer(now))
    }

    private func existingID(email: String) throws -> Int64? {
        try connection.queryFirst("SELECT id FROM people WHERE email = ?", .text(email)) { $0.int64(0) }
    }

    private func markMissingAsDeparted(keeping emails: [String]) throws -> Int {
        try connection.executeScript("CREATE TEMP TABLE IF NOT EXISTS import_emails (email TEXT PRIMARY KEY COLLATE NOCASE)")
        try connection.executeScript("DELETE FROM import_emails")
        for email in emails {
            try connection.execute("INSERT OR IGNORE INTO import_emails (email) VALUES (?)", .text(email))
        }
        try recordFullSyncDepartures()
        let departed = try connection.execute("""
            UPDATE people SET status = 'left', updated_at = ?
            WHERE status = 'active' AND email NOT IN (SELECT email FROM import_emails)
            """, .integer(now))
        try connection.executeScript("DELETE FROM import_emails")
        return departed
    }
}
