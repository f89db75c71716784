import Foundation
import MentorCore

/// The rows about one person for `export`, and the SQL of `forget`, on SQLite. Joins the caller's transaction.
///
/// Every statement is a literal with bound values. Free text that other people wrote (kudos, insights, meeting titles,
/// messages waiting in the outbox…) keeps its rows: the person's identifiers in it are replaced with SQLite's
/// `replace()`, which matches exact spellings, and rows still holding another spelling of them (lower-cased,
/// form-encoded) are deleted where a row can go (undelivered messages, inbox answers, button values).
public struct SQLitePersonalDataStore: PersonalDataStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func chatAccounts(of person: PersonID) throws -> [PersonalDataDocument.ChatAccountRecord] {
        try database.read { connection in
            try connection.query(
                "SELECT platform, workspace, user_id, linked_at FROM chat_identities WHERE person_id = ? ORDER BY linked_at, platform",
                .integer(person.rawValue)
            ) { PersonalDataDocument.ChatAccountRecord(platform: $0.string(0), workspace: $0.string(1), userID: $0.string(2), linkedAt: $0.date(3)) }
        }
    }

    public func demographics(of person: PersonID) throws -> PersonalDataDocument.ConsentRecord.Demographics? {
        try database.read { connection in
            try connection.queryFirst("SELECT gender, age_band, consented_at FROM demographics WHERE person_id = ?", .integer(person.rawValue)) {
                PersonalDataDocument.ConsentRecord.Demographics(gender: $0.optionalString(0), ageBand: $0.optionalString(1), consentedAt: $0.date(2))
            }
        }
    }

    public func requestIDs(mentee person: PersonID) throws -> [Int64] {
        try ids("SELECT id FROM match_requests WHERE mentee_id = ?1 ORDER BY id", person)
    }

    public func offerIDs(involving person: PersonID) throws -> [Int64] {
        try ids("SELECT id FROM match_offers WHERE mentor_id = ?1 OR mentee_id = ?1 ORDER BY id", person)
    }

    public func meetingIDs(attendedBy person: PersonID) throws -> [Int64] {
        try ids("""
            SELECT id FROM meetings WHERE host_id = ?1
            UNION SELECT meeting_id FROM meeting_attendees WHERE person_id = ?1 ORDER BY 1
            """, person)
    }

    public func kudos(involving person: PersonID) throws -> [KudosEntry] {
        try database.read { connection in
            try connection.query(
                "SELECT from_id, to_id, message, created_at FROM kudos WHERE from_id = ?1 OR to_id = ?1 ORDER BY created_at, id",
                .integer(person.rawValue)
            ) { KudosEntry(from: PersonID($0.int64(0)), to: PersonID($0.int64(1)), message: $0.string(2), at: $0.date(3)) }
        }
    }

    public func departedPeople(before date: Date) throws -> [PersonID] {
        try database.read { connection in
            try connection.query(
                "SELECT id FROM people WHERE status = 'left' AND updated_at < ? AND email NOT LIKE ? ORDER BY id",
                .integer(date.seconds), .text("%@" + PersonTombstone.domain)
            ) { PersonID($0.int64(0)) }
        }
    }

    public func auditEntries(mentioning email: String) throws -> [AuditEntry] {
        try database.read { connection in
            try connection.query("""
                SELECT at, actor, action, subject, detail FROM audit_log
                WHERE actor = ?1 COLLATE NOCASE OR subject = ?1 COLLATE NOCASE OR instr(lower(detail), lower(?1)) > 0 ORDER BY id
                """, .text(email)) { row in
                AuditAction(rawValue: row.string(2)).map {
                    AuditEntry(at: row.date(0), actor: row.string(1), action: $0, subject: row.string(3), detail: row.string(4))
                }
            }.compactMap { $0 }
        }
    }

    public func employmentHistory(of person: PersonID) throws -> [EmploymentState] {
        try SQLitePersonHistoryStore(database: database).employmentHistory(of: person)
    }

    private func ids(_ sql: SQL, _ person: PersonID) throws -> [Int64] {
        try database.read { connection in try connection.query(sql, .integer(person.rawValue)) { $0.int64(0) } }
    }
}
