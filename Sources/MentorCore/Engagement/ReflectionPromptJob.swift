import Foundation

/// About 15 minutes after a meeting, inside working hours: an invitation to a short reflection.
public struct ReflectionPromptJob: JobPayload {
    public static let kind = JobKind.reflectionPrompt
    public var meeting: Int64
    /// The meeting's sequence when the prompt was timed; a changed meeting has new prompts.
    public var sequence: Int
    /// When the occurrence it follows began, in seconds since 1970.
    public var occurrence: Int
    public var person: PersonID

    public var key: String { "reflect:meeting:\(meeting):\(sequence):\(occurrence):\(person.rawValue)" }
    public var subject: JobSubject? { .meeting(meeting) }
}

extension ReflectionPromptJob {
    /// Invites to the reflection, unless the meeting changed or was cancelled, or the person paused.
    struct Handler: JobHandler {
        let planner: EngagementPlanner

        func run(_ job: ReflectionPromptJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let meeting = try planner.services.meetings.unchangedMeeting(job.meeting, sequence: job.sequence) else { return [] }
            let person = try planner.person(job.person)
            if try planner.isPaused(person.id, now: now) { return [] }
            return [JobDelivery(try ReflectionFlow(planner: planner).invite(person, after: meeting), to: person.id)]
        }
    }
}
