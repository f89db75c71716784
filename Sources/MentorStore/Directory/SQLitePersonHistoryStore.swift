import Foundation
import MentorCore

/// The HR history `import people` writes (table `person_history`), and first pairing starts, on SQLite.
public struct SQLitePersonHistoryStore: PersonHistoryStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// Three reads: the states of everyone in `(person, day)` order, grouped as they stream, and each person's first
    /// start as mentee and as mentor, aggregated by SQLite (days in UTC).
    public func personHistories() throws -> [PersonHistory] {
        try database.read { connection in
            let menteeStarts = try Self.firstStarts(connection, """
                SELECT mentee_id, date(MIN(started_at), 'unixepoch') FROM pairings GROUP BY mentee_id
                """)
            let mentorStarts = try Self.firstStarts(connection, """
                SELECT mentor_id, date(MIN(started_at), 'unixepoch') FROM pairings GROUP BY mentor_id
                """)
            var histories: [PersonHistory] = []
            let rows = try connection.query("""
                SELECT h.person_id, p.function, p.site, h.effective_on, h.status, h.career_level, h.source
                FROM person_history AS h JOIN people AS p ON p.id = h.person_id
                ORDER BY h.person_id, h.effective_on
                """) { row in (row.int64(0), row.string(1), row.string(2), EmploymentStateRow.decode(row, from: 3)) }
            for (id, function, site, state) in rows {
                guard let state else { continue }
                if histories.last?.id.rawValue == id {
                    histories[histories.count - 1].states.append(state)
                } else {
                    histories.append(PersonHistory(
                        id: PersonID(id), function: function, site: site, states: [state],
                        firstMenteeStart: menteeStarts[id], firstMentorStart: mentorStarts[id]
                    ))
                }
            }
            return histories
        }
    }

    public func employmentHistory(of person: PersonID) throws -> [EmploymentState] {
        try database.read { connection in
            try connection.query("""
                SELECT effective_on, status, career_level, source FROM person_history WHERE person_id = ? ORDER BY effective_on
                """, .integer(person.rawValue)) { EmploymentStateRow.decode($0, from: 0) }.compactMap { $0 }
        }
    }

    public func latestImportDate() throws -> CalendarDate? {
        try database.read { connection in
            try connection.queryFirst("SELECT MAX(as_of) FROM people_imports") { $0.optionalString(0) }?.flatMap(CalendarDate.init(iso:))
        }
    }

    private static func firstStarts(_ connection: SQLiteConnection, _ sql: SQL) throws -> [Int64: CalendarDate] {
        var starts: [Int64: CalendarDate] = [:]
        for (id, day) in try connection.query(sql, row: { ($0.int64(0), CalendarDate(iso: $0.string(1))) }) {
            starts[id] = day
        }
        return starts
    }
}
