import MentorCore

/// Writes an ``ImportPlan`` inside an open transaction: upsert by email, then managers, then departures.
struct PeopleImportWriter {
    let connection: SQLiteConnection
    let now: Int64
    let progress: ImportProgress?
    /// Records between progress reports.
    static let progressInterval = 10_000

    func write(_ plan: ImportPlan) throws -> ImportSummary {
        precondition(plan.isApplicable, "an import with problems is written only when partial")
        var idOf: [String: Int64] = [:]
        var changeOf: [String: Change] = [:]
        idOf.reserveCapacity(plan.records.count)
        for (index, record) in plan.records.enumerated() {
            if index > 0, index % PeopleImportWriter.progressInterval == 0 { progress?(index) }
            let (id, change) = try upsert(record)
            idOf[record.email] = id
            changeOf[record.email] = change
            try writeDemographics(record.demographics, personID: id)
        }
        for record in plan.records {
            let managerID = try record.managerEmail.flatMap { try idOf[$0] ?? existingID(email: $0) }
            let changed = try connection.execute(
                "UPDATE people SET manager_id = ? WHERE id = ? AND manager_id IS NOT ?",
                SQLValue(managerID), .integer(idOf[record.email]!), SQLValue(managerID)
            )
            if changed > 0, changeOf[record.email] == .unchanged { changeOf[record.email] = .updated }
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
        return summary
    }

    private enum Change { case created, updated, unchanged }

    private func upsert(_ record: PersonRecord) throws -> (Int64, Change) {
        let values: [SQLValue] = [
            .text(record.displayName), .text(record.site), .text(record.country), .text(record.timeZoneID),
            .text(record.function), .text(record.team), .integer(Int64(record.careerStage.level)),
            SQLValue(record.hireDate?.description), .text(record.languages.joined(separator: ",")),
            .text(record.status.rawValue),
        ]
        let existing = try connection.queryFirst("""
            SELECT id, display_name, site, country, time_zone, function, team, career_level, hire_date, languages, status
            FROM people WHERE email = ?
            """, .text(record.email)) { row in
            (row.int64(0), [
                SQLValue.text(row.string(1)), .text(row.string(2)), .text(row.string(3)), .text(row.string(4)),
                .text(row.string(5)), .text(row.string(6)), .integer(row.int64(7)), SQLValue(row.optionalString(8)),
                .text(row.string(9)), .text(row.string(10)),
            ])
        }
        guard let (id, stored) = existing else {
            try connection.execute("""
                INSERT INTO people (display_name, site, country, time_zone, function, team, career_level, hire_date,
                                    languages, status, email, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, values + [.text(record.email), .integer(now), .integer(now)])
            return (connection.lastInsertRowID, .created)
        }
        guard stored != values else { return (id, .unchanged) }
        try connection.execute("""
            UPDATE people SET display_name = ?, site = ?, country = ?, time_zone = ?, function = ?, team = ?,
                              career_level = ?, hire_date = ?, languages = ?, status = ?, updated_at = ?
            WHERE id = ?
            """, values + [.integer(now), .integer(id)])
        return (id, .updated)
    }

    /// Consent withdrawn means the stored answers are deleted, not just hidden.
    private func writeDemographics(_ demographics: Demographics?, personID: Int64) throws {
        guard let demographics else {
            try connection.execute("DELETE FROM demographics WHERE person_id = ?", .integer(personID))
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
        let departed = try connection.execute("""
            UPDATE people SET status = 'left', updated_at = ?
            WHERE status = 'active' AND email NOT IN (SELECT email FROM import_emails)
            """, .integer(now))
        try connection.executeScript("DELETE FROM import_emails")
        return departed
    }
}
