import Foundation

/// A gentle note a few days before a goal is due.
public struct GoalNudgeJob: JobPayload {
    public static let kind = JobKind.goalNudge
    public var goal: Int64

    public var key: String { "goal:\(goal):nudge" }
    public var subject: JobSubject? { .goal(goal) }
}

extension GoalNudgeJob {
    /// Nudges the owner of a goal that is still open.
    struct Handler: JobHandler {
        let planner: EngagementPlanner

        func run(_ job: GoalNudgeJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let goal = try planner.services.goals.goal(id: job.goal), goal.status == .open, let due = goal.due else { return [] }
            if try planner.isPaused(goal.owner, now: now) { return [] }
            // After downtime the nudge may run late: once the due date has passed it would only scold.
            guard CalendarDate(now, in: try planner.workingTime(of: goal.owner).zone) <= due else { return [] }
            let text = try planner.messages(for: goal.owner)
            return [JobDelivery(.text(text("goal.nudge", [
                "goal": goal.text, "due": text.date(due), "progress": "\(goal.progress)", "example": "goal progress \(goal.id) 60",
            ])), to: goal.owner)]
        }
    }
}
