/// Personal goals with their milestones and progress. MentorStore implements it.
public protocol GoalStore: Sendable {
    /// Saves a new goal; returns it with its id.
    func insertGoal(_ goal: Goal) throws -> Goal
    /// Saves its text, due date, progress, status, sharing and milestones.
    func updateGoal(_ goal: Goal) throws
    func goal(id: Int64) throws -> Goal?
    /// The owner's goals, oldest first.
    func goals(owner: PersonID) throws -> [Goal]
}
