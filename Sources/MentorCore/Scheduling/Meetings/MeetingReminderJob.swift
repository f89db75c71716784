import Foundation

/// A reminder to one attendee, `lead` minutes before an occurrence of a meeting.
public struct MeetingReminderJob: JobPayload {
    public static let kind = JobKind.meetingReminder
    public var meeting: Int64
    /// The meeting's sequence when the reminder was timed; a changed meeting has new reminders.
    public var sequence: Int
    /// When the occurrence begins, in seconds since 1970.
    public var occurrence: Int
    public var person: PersonID
    /// Minutes before the occurrence.
    public var lead: Int

    public var key: String { "meeting:\(meeting):\(sequence):\(occurrence):\(person.rawValue):\(lead)" }
    public var subject: JobSubject? { .meeting(meeting) }
}

extension MeetingReminderJob {
    /// Sends one reminder, unless the meeting changed, was cancelled or has already started (after downtime).
    struct Handler: JobHandler {
        let planner: MeetingPlanner

        func run(_ job: MeetingReminderJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let meeting = try planner.services.meetings.unchangedMeeting(job.meeting, sequence: job.sequence) else { return [] }
            let occurrence = Date(timeIntervalSince1970: Double(job.occurrence))
            guard occurrence > now else { return [] }
            // A reminder timed earlier to stay out of the reader's quiet hours says how far ahead the meeting really is.
            let lead = max(job.lead, Int(occurrence.timeIntervalSince(due) / 60))
            let reply = try planner.letters.reminder(meeting, occurrence: occurrence, lead: lead, reader: job.person)
            return [JobDelivery(reply, to: job.person, digestible: false)]
        }
    }
}
