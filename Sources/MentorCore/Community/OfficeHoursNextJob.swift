import Foundation

/// After an office-hours session ends, the move to the next one.
public struct OfficeHoursNextJob: JobPayload {
    public static let kind = JobKind.officeHoursNext
    public var officeHours: Int64
    /// When the session that ended began, in seconds since 1970.
    public var session: Int

    public var key: String { "oh:\(officeHours):\(session):next" }
    public var subject: JobSubject? { .officeHours(officeHours) }
}

extension OfficeHoursNextJob {
    /// Schedules the next session's announcements and roster.
    struct Handler: JobHandler {
        let planner: OfficeHoursPlanner

        func run(_ job: OfficeHoursNextJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let (hours, _) = try planner.hours(job.officeHours, session: job.session) else { return [] }
            try planner.scheduleNextSession(hours, after: now)
            return []
        }
    }
}
