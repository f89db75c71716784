import Foundation

/// Sends one reminder, unless the meeting changed, was cancelled or has already started (after downtime).
public struct MeetingReminderHandler: JobHandler {
    public static let kind = "meetingReminder"
    public var kind: String { Self.kind }
    let planner: MeetingPlanner

    public init(services: MentorServices, catalog: MessageCatalog) {
        planner = MeetingPlanner(services: services, catalog: catalog)
    }

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let meeting = try planner.services.meetings.unchangedMeeting(of: job), let stamp = job.number("occurrence"),
            let person = job.person, let lead = job.number("lead")
        else { return [] }
        let occurrence = Date(timeIntervalSince1970: Double(stamp))
        guard occurrence > now else { return [] }
        let reply = try planner.letters.reminder(meeting, occurrence: occurrence, lead: Int(lead), reader: person)
        return [JobDelivery(reply, to: person, digestible: false)]
    }
}

/// After an occurrence of a series ends, schedules the reminders for the next one (once, however late it runs).
public struct MeetingAdvanceHandler: JobHandler {
    public static let kind = "meetingAdvance"
    public var kind: String { Self.kind }
    let planner: MeetingPlanner

    public init(services: MentorServices, catalog: MessageCatalog) {
        planner = MeetingPlanner(services: services, catalog: catalog)
    }

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        guard let meeting = try planner.services.meetings.unchangedMeeting(of: job) else { return [] }
        try planner.scheduleReminders(meeting)
        return []
    }
}
