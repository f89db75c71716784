import Foundation

/// After an occurrence of a series ends, the move to the next one.
public struct MeetingAdvanceJob: JobPayload {
    public static let kind = JobKind.meetingAdvance
    public var meeting: Int64
    /// The meeting's sequence when this was timed.
    public var sequence: Int
    /// When the occurrence it follows began, in seconds since 1970.
    public var occurrence: Int

    public var key: String { "meeting:\(meeting):\(sequence):\(occurrence):advance" }
    public var subject: JobSubject? { .meeting(meeting) }
}

extension MeetingAdvanceJob {
    /// Schedules the reminders for the next occurrence (once, however late it runs).
    struct Handler: JobHandler {
        let planner: MeetingPlanner

        func run(_ job: MeetingAdvanceJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let meeting = try planner.services.meetings.unchangedMeeting(job.meeting, sequence: job.sequence) else { return [] }
            try planner.scheduleReminders(meeting)
            return []
        }
    }
}
