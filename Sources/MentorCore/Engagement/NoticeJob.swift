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
    public enum Occasion: Sendable, Equatable {
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
    // The occasion's fields sit beside the others, `{"person":7,"reply":{…},"chase":true,"pairing":3,"step":2}`: one
    // flat object decodes about a quarter faster than an enum's nested containers, and thousands fall due at once.
    private enum CodingKeys: String, CodingKey {
        case person, reply, chase, pairing, step, circle, meeting
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        person = try container.decode(PersonID.self, forKey: .person)
        reply = try container.decode(Reply.self, forKey: .reply)
        chase = try container.decode(Bool.self, forKey: .chase)
        if let pairing = try container.decodeIfPresent(Int64.self, forKey: .pairing) {
            occasion = .ladderStep(pairing: pairing, step: try container.decode(Int.self, forKey: .step))
        } else {
            occasion = .circleSessionEve(circle: try container.decode(Int64.self, forKey: .circle), meeting: try container.decode(Int64.self, forKey: .meeting))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(person, forKey: .person)
        try container.encode(reply, forKey: .reply)
        try container.encode(chase, forKey: .chase)
        switch occasion {
        case .ladderStep(let pairing, let step):
            try container.encode(pairing, forKey: .pairing)
            try container.encode(step, forKey: .step)
        case .circleSessionEve(let circle, let meeting):
            try container.encode(circle, forKey: .circle)
            try container.encode(meeting, forKey: .meeting)
        }
    }

    /// Delivers the message, unless it is a nudge and the person paused.
    struct Handler: JobHandler {
        let planner: EngagementPlanner

        func run(_ job: NoticeJob, due: Date, now: Date) throws -> [JobDelivery] {
            if job.chase, try planner.isPaused(job.person, now: now) { return [] }
            return [JobDelivery(job.reply, to: job.person)]
        }
    }
}
