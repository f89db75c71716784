import Foundation

/// A message prepared earlier, delivered at the moment it was timed for. Nudges skip people who paused.
public struct NoticeJob: JobPayload {
    public static let kind = JobKind.notice
    public var person: PersonID
    public var reply: Reply
    /// A nudge ("chase"), skipped while the person is paused; a plain notice always goes.
    public var chase: Bool
    /// Why the message was timed, which makes it unique and says what it is about.
    public var occasion: Occasion

    /// Why a notice was timed.
    public enum Occasion: Codable, Sendable, Equatable {
        /// A step of a pairing's inactivity ladder.
        case ladderStep(pairing: Int64, step: Int)
        /// The working day before a circle session: who hosts it.
        case circleSessionEve(circle: Int64, meeting: Int64)
    }

    public init(_ reply: Reply, to person: PersonID, chase: Bool, occasion: Occasion) {
        self.person = person
        self.reply = reply
        self.chase = chase
        self.occasion = occasion
    }

    public var key: String {
        switch occasion {
        case .ladderStep(let pairing, let step): "pairing:\(pairing):ladder:\(step):\(person.rawValue)"
        case .circleSessionEve(let circle, let meeting): "circle:\(circle):\(meeting):eve:\(person.rawValue)"
        }
    }

    /// A ladder step goes with its pairing; a session's eve notice goes when the session (a meeting) is cancelled.
    public var subject: JobSubject? {
        switch occasion {
        case .ladderStep(let pairing, _): .pairing(pairing)
        case .circleSessionEve(_, let meeting): .meeting(meeting)
        }
    }
}

extension NoticeJob {
    /// Delivers the message, unless it is a nudge and the person paused.
    struct Handler: JobHandler {
        let planner: EngagementPlanner

        func run(_ job: NoticeJob, due: Date, now: Date) throws -> [JobDelivery] {
            if job.chase, try planner.isPaused(job.person, now: now) { return [] }
            return [JobDelivery(job.reply, to: job.person)]
        }
    }
}
