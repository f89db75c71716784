import Foundation

/// One region's announcement of an office-hours session, posted to the channel on that region's morning.
public struct OfficeHoursAnnounceJob: JobPayload {
    public static let kind = JobKind.officeHoursAnnounce
    public var officeHours: Int64
    /// When the session begins, in seconds since 1970.
    public var session: Int
    /// The region's zone identifier, e.g. `Europe/Lisbon`.
    public var zone: String

    public var key: String { "oh:\(officeHours):\(session):announce:\(zone)" }
    public var subject: JobSubject? { .officeHours(officeHours) }
}

extension OfficeHoursAnnounceJob {
    /// Posts the announcement, unless the session has begun.
    struct Handler: JobHandler {
        let planner: OfficeHoursPlanner

        func run(_ job: OfficeHoursAnnounceJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let (hours, session) = try planner.hours(job.officeHours, session: job.session), session > now, let name = hours.channel,
                let channel = planner.services.postableChannel(named: name)
            else { return [] }
            try planner.postAnnouncement(hours, session: session, zone: job.zone, to: channel)
            return []
        }
    }
}
