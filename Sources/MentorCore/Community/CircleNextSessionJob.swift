import Foundation

/// When a circle session ends, the booking of the next one at the circle's cadence.
public struct CircleNextSessionJob: JobPayload {
    public static let kind = JobKind.circleNextSession
    public var circle: Int64
    /// The session that ended.
    public var meeting: Int64

    public var key: String { "circle:\(circle):after:\(meeting)" }
    /// About the circle, not the session: calling one session off skips it, and the circle keeps its rhythm.
    public var subject: JobSubject? { .circle(circle) }
}

extension CircleNextSessionJob {
    /// Books the next session, unless the circle is gone or too small.
    struct Handler: JobHandler {
        let planner: CirclePlanner

        func run(_ job: CircleNextSessionJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let previous = try planner.services.meetings.meeting(id: job.meeting) else { return [] }
            _ = try planner.bookNextSession(after: previous, circle: job.circle)
            return []
        }
    }
}
