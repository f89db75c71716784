import Foundation
import MentorCore

/// Goals on SQLite, milestones as a JSON list. Writes join the caller's transaction.
public struct SQLiteGoalStore: GoalStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func insertGoal(_ goal: Goal) throws -> Goal {
        try database.write { connection in
            try connection.execute("""
                INSERT INTO goals (owner_id, text, template, due_on, progress, status, shared, milestones, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, .integer(goal.owner.rawValue), .text(goal.text), goal.template.map { .text($0) } ?? .null,
                goal.due.map { .text($0.description) } ?? .null, .integer(Int64(goal.progress)), .text(goal.status.rawValue),
                .integer(goal.shared ? 1 : 0), try .json(goal.milestones), .integer(goal.createdAt.seconds))
            var saved = goal
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    public func updateGoal(_ goal: Goal) throws {
        try database.write { connection in
            _ = try connection.execute(
                "UPDATE goals SET text = ?, due_on = ?, progress = ?, status = ?, shared = ?, milestones = ? WHERE id = ?", .text(goal.text),
                goal.due.map { .text($0.description) } ?? .null, .integer(Int64(goal.progress)), .text(goal.status.rawValue),
                .integer(goal.shared ? 1 : 0), try .json(goal.milestones), .integer(goal.id))
        }
    }

    private static let selectGoal: SQL = """
        SELECT id, owner_id, text, template, due_on, progress, status, shared, milestones, created_at FROM goals
        """

    private static func goal(_ row: Row) throws -> Goal {
        Goal(
            id: row.int64(0), owner: PersonID(row.int64(1)), text: row.string(2), template: row.optionalString(3),
            due: row.optionalString(4).flatMap(CalendarDate.init(iso:)), progress: row.int(5), status: Goal.Status(rawValue: row.string(6)) ?? .open,
            shared: row.int(7) != 0, milestones: try row.decoded([Goal.Milestone].self, 8), createdAt: row.date(9)
        )
    }

    public func goal(id: Int64) throws -> Goal? {
        try database.read { connection in try connection.queryFirst(Self.selectGoal + " WHERE id = ?", .integer(id), row: Self.goal) }
    }

    public func goals(owner: PersonID) throws -> [Goal] {
        try database.read { connection in try connection.query(Self.selectGoal + " WHERE owner_id = ? ORDER BY id", .integer(owner.rawValue), row: Self.goal) }
    }
}
