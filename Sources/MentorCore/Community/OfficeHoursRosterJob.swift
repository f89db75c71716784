import Foundation

/// An hour before an office-hours session: each attendee's reminder, and the host's sign-up list.
public struct OfficeHoursRosterJob: JobPayload {
    public static let kind = JobKind.officeHoursRoster
    public var officeHours: Int64
    /// When the session begins, in seconds since 1970.
    public var session: Int

    public var key: String { "oh:\(officeHours):\(session):roster" }
    public var subject: JobSubject? { .officeHours(officeHours) }
}

extension OfficeHoursRosterJob {
    /// Sends the reminders and the list, unless the session has begun.
    struct Handler: JobHandler {
        let planner: OfficeHoursPlanner

        func run(_ job: OfficeHoursRosterJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let (hours, session) = try planner.hours(job.officeHours, session: job.session), session > now else { return [] }
            let attendees = try planner.services.officeHours.signups(officeHours: hours.id, session: session)
            let letters = MeetingLetters(services: planner.services, catalog: planner.catalog)
            var deliveries: [JobDelivery] = []
            let host = try planner.person(hours.host)
            for attendee in attendees {
                let text = try planner.messages(for: attendee)
                let when = letters.span(session, minutes: hours.minutes, in: try planner.zone(of: try planner.person(attendee)), text: text)
                deliveries.append(JobDelivery(.text(text("officehours.reminder", ["topic": hours.topic, "host": host.displayName, "when": when])), to: attendee, digestible: false))
            }
            let text = try planner.messages(for: hours.host)
            let names = try attendees.map { try planner.person($0).displayName }
            let when = letters.span(session, minutes: hours.minutes, in: try planner.zone(of: host), text: text)
            deliveries.append(JobDelivery(Reply(blocks: [
                .heading(text("officehours.roster_title", ["topic": hours.topic, "when": when, "count": "\(names.count)"])),
                names.isEmpty ? .text(text("officehours.roster_empty")) : .list(names),
            ]), to: hours.host, digestible: false))
            return deliveries
        }
    }
}
