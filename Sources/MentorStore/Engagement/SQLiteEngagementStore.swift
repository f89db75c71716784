import Foundation
import MentorCore

/// Check-ins, escalations, reflections, goals, surveys and digests on SQLite. Writes join the caller's transaction.
public struct SQLiteEngagementStore: EngagementStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    // MARK: Check-ins

    public func insertCheckIn(_ checkIn: CheckIn) throws -> CheckIn {
        try database.transaction { connection in
            try connection.execute(
                "INSERT INTO checkins (pairing_id, person_id, period, asked_at) VALUES (?, ?, ?, ?)", .integer(checkIn.pairing),
                .integer(checkIn.person.rawValue), .integer(Int64(checkIn.period)), .integer(checkIn.askedAt.seconds))
            var saved = checkIn
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    public func checkIn(id: Int64) throws -> CheckIn? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT id, pairing_id, person_id, period, asked_at, answer, answered_at FROM checkins WHERE id = ?", .integer(id)
            ) { row in
                CheckIn(
                    id: row.int64(0), pairing: row.int64(1), person: PersonID(row.int64(2)), period: row.int(3),
                    askedAt: row.date(4), answer: row.optionalString(5).flatMap(CheckIn.Answer.init(rawValue:)),
                    answeredAt: row.optionalDate(6)
                )
            }
        }
    }

    public func answerCheckIn(id: Int64, _ answer: CheckIn.Answer, at date: Date) throws {
        try database.transaction { connection in
            _ = try connection.execute(
                "UPDATE checkins SET answer = ?, answered_at = ? WHERE id = ?", .text(answer.rawValue), .integer(date.seconds), .integer(id))
        }
    }

    public func lastMet(pairing: Int64) throws -> Date? {
        try database.read { connection in
            try connection.queryFirst("SELECT MAX(answered_at) FROM checkins WHERE pairing_id = ? AND answer = 'met'", .integer(pairing)) {
                $0.optionalDate(0)
            }
        } ?? nil
    }

    public func checkInCounts() throws -> [String: Int] {
        let rows = try database.read { connection in
            try connection.query("SELECT COALESCE(answer, 'unanswered'), COUNT(*) FROM checkins GROUP BY 1") { ($0.string(0), $0.int(1)) }
        }
        return Dictionary(rows, uniquingKeysWith: +)
    }

    // MARK: Escalation

    public func escalationSteps(pairing: Int64) throws -> Set<Int> {
        try database.read { connection in
            Set(try connection.query("SELECT step FROM escalations WHERE pairing_id = ?", .integer(pairing)) { $0.int(0) })
        }
    }

    public func recordEscalation(pairing: Int64, step: Int, at date: Date) throws {
        try database.transaction { connection in
            _ = try connection.execute(
                "INSERT OR IGNORE INTO escalations (pairing_id, step, taken_at) VALUES (?, ?, ?)", .integer(pairing), .integer(Int64(step)),
                .integer(date.seconds))
        }
    }

    public func resetEscalation(pairing: Int64) throws {
        try database.transaction { connection in
            _ = try connection.execute("DELETE FROM escalations WHERE pairing_id = ?", .integer(pairing))
        }
    }

    // MARK: Reflections

    public func insertReflection(_ reflection: Reflection) throws -> Reflection {
        try database.transaction { connection in
            try connection.execute("""
                INSERT INTO reflections (author_id, prompt_set, answers, status, shared_with, created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, .integer(reflection.author.rawValue), .text(reflection.set), .text(try Self.encode(reflection.answers)),
                .text(reflection.status.rawValue), reflection.sharedWith.map { .integer($0.rawValue) } ?? .null,
                .integer(reflection.createdAt.seconds), reflection.completedAt.map { .integer($0.seconds) } ?? .null)
            var saved = reflection
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    public func updateReflection(_ reflection: Reflection) throws {
        try database.transaction { connection in
            _ = try connection.execute(
                "UPDATE reflections SET answers = ?, status = ?, shared_with = ?, completed_at = ? WHERE id = ?",
                .text(try Self.encode(reflection.answers)), .text(reflection.status.rawValue), reflection.sharedWith.map { .integer($0.rawValue) } ?? .null,
                reflection.completedAt.map { .integer($0.seconds) } ?? .null, .integer(reflection.id))
        }
    }

    private static let selectReflection: SQL = """
        SELECT id, author_id, prompt_set, answers, status, shared_with, created_at, completed_at FROM reflections
        """

    private static func reflection(_ row: Row) throws -> Reflection {
        Reflection(
            id: row.int64(0), author: PersonID(row.int64(1)), set: row.string(2),
            answers: try JSONDecoder().decode([String].self, from: Data(row.string(3).utf8)), status: Reflection.Status(rawValue: row.string(4)) ?? .stopped,
            sharedWith: row.optionalInt64(5).map(PersonID.init), createdAt: row.date(6),
            completedAt: row.optionalDate(7)
        )
    }

    public func reflection(id: Int64) throws -> Reflection? {
        try database.read { connection in try connection.queryFirst(Self.selectReflection + " WHERE id = ?", .integer(id), row: Self.reflection) }
    }

    public func openReflection(author: PersonID) throws -> Reflection? {
        try database.read { connection in
            try connection.queryFirst(Self.selectReflection + " WHERE author_id = ? AND status = 'open' ORDER BY id DESC", .integer(author.rawValue), row: Self.reflection)
        }
    }

    public func reflections(author: PersonID) throws -> [Reflection] {
        try database.read { connection in
            try connection.query(Self.selectReflection + " WHERE author_id = ? ORDER BY id DESC", .integer(author.rawValue), row: Self.reflection)
        }
    }

    public func reflections(sharedWith person: PersonID) throws -> [Reflection] {
        try database.read { connection in
            try connection.query(Self.selectReflection + " WHERE shared_with = ? ORDER BY id DESC", .integer(person.rawValue), row: Self.reflection)
        }
    }

    public func reflectionCounts() throws -> (started: Int, completed: Int) {
        try database.read { connection in
            try connection.queryFirst("SELECT COUNT(*), COALESCE(SUM(status = 'done'), 0) FROM reflections") { ($0.int(0), $0.int(1)) } ?? (0, 0)
        }
    }

    // MARK: Goals

    public func insertGoal(_ goal: Goal) throws -> Goal {
        try database.transaction { connection in
            try connection.execute("""
                INSERT INTO goals (owner_id, text, template, due_on, progress, status, shared, milestones, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, .integer(goal.owner.rawValue), .text(goal.text), goal.template.map { .text($0) } ?? .null,
                goal.due.map { .text($0.description) } ?? .null, .integer(Int64(goal.progress)), .text(goal.status.rawValue),
                .integer(goal.shared ? 1 : 0), .text(try Self.encode(goal.milestones)), .integer(goal.createdAt.seconds))
            var saved = goal
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    public func updateGoal(_ goal: Goal) throws {
        try database.transaction { connection in
            _ = try connection.execute(
                "UPDATE goals SET text = ?, due_on = ?, progress = ?, status = ?, shared = ?, milestones = ? WHERE id = ?", .text(goal.text),
                goal.due.map { .text($0.description) } ?? .null, .integer(Int64(goal.progress)), .text(goal.status.rawValue),
                .integer(goal.shared ? 1 : 0), .text(try Self.encode(goal.milestones)), .integer(goal.id))
        }
    }

    private static let selectGoal: SQL = """
        SELECT id, owner_id, text, template, due_on, progress, status, shared, milestones, created_at FROM goals
        """

    private static func goal(_ row: Row) throws -> Goal {
        Goal(
            id: row.int64(0), owner: PersonID(row.int64(1)), text: row.string(2), template: row.optionalString(3),
            due: row.optionalString(4).flatMap(CalendarDate.init(iso:)), progress: row.int(5), status: Goal.Status(rawValue: row.string(6)) ?? .open,
            shared: row.int(7) != 0, milestones: try JSONDecoder().decode([Goal.Milestone].self, from: Data(row.string(8).utf8)),
            createdAt: row.date(9)
        )
    }

    public func goal(id: Int64) throws -> Goal? {
        try database.read { connection in try connection.queryFirst(Self.selectGoal + " WHERE id = ?", .integer(id), row: Self.goal) }
    }

    public func goals(owner: PersonID) throws -> [Goal] {
        try database.read { connection in try connection.query(Self.selectGoal + " WHERE owner_id = ? ORDER BY id", .integer(owner.rawValue), row: Self.goal) }
    }

    // MARK: Surveys and digests

    public func saveSurvey(pairing: Int64, person: PersonID, score: Int, comment: String, at date: Date) throws {
        try database.transaction { connection in
            _ = try connection.execute(
                "INSERT OR REPLACE INTO surveys (pairing_id, person_id, score, comment, answered_at) VALUES (?, ?, ?, ?, ?)", .integer(pairing),
                .integer(person.rawValue), .integer(Int64(score)), .text(comment), .integer(date.seconds))
        }
    }

    public func surveyScores() throws -> [Int] {
        try database.read { connection in try connection.query("SELECT score FROM surveys") { $0.int(0) } }
    }

    public func digestPeople() throws -> Set<PersonID> {
        try database.read { connection in Set(try connection.query("SELECT person_id FROM digest_settings") { PersonID($0.int64(0)) }) }
    }

    public func setDigest(_ enabled: Bool, for person: PersonID) throws {
        try database.transaction { connection in
            if enabled {
                _ = try connection.execute("INSERT OR IGNORE INTO digest_settings (person_id) VALUES (?)", .integer(person.rawValue))
            } else {
                _ = try connection.execute("DELETE FROM digest_settings WHERE person_id = ?", .integer(person.rawValue))
            }
        }
    }

    public func holdForDigest(_ reply: Reply, for person: PersonID, at date: Date) throws {
        let encoded = reply.encodedJSON()
        try database.transaction { connection in
            _ = try connection.execute(
                "INSERT INTO digest_items (person_id, reply, created_at) VALUES (?, ?, ?)", .integer(person.rawValue), .text(encoded), .integer(date.seconds))
        }
    }

    public func takeDigest(for person: PersonID) throws -> [Reply] {
        try database.transaction { connection in
            let replies = try connection.query("SELECT reply FROM digest_items WHERE person_id = ? ORDER BY id", .integer(person.rawValue)) {
                try JSONDecoder().decode(Reply.self, from: Data($0.string(0).utf8))
            }
            _ = try connection.execute("DELETE FROM digest_items WHERE person_id = ?", .integer(person.rawValue))
            return replies
        }
    }

    private static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}
