import Foundation

/// A mentee asking for a mentor on demand.
public struct MatchRequest: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// Offers are going out one at a time.
        case open
        case matched
        case cancelled
        /// Nobody on the list said yes; the mentee waits for the next round, with the fairness bonus.
        case unmatched
    }

    public var id: Int64
    public var mentee: PersonID
    public var program: String
    /// What they asked about, as typed; empty when they asked in general.
    public var topic: String
    public var format: MentoringFormat?
    public var status: Status
    public var createdAt: Date

    public init(id: Int64 = 0, mentee: PersonID, program: String, topic: String, format: MentoringFormat?, status: Status = .open, createdAt: Date) {
        self.id = id
        self.mentee = mentee
        self.program = program
        self.topic = topic
        self.format = format
        self.status = status
        self.createdAt = createdAt
    }
}

/// One mentor on a request's ranked list.
public struct RankedCandidate: Sendable, Equatable {
    public var mentor: PersonID
    public var score: Int
    /// Why, biggest first.
    public var reasons: [MatchReason]

    public init(mentor: PersonID, score: Int, reasons: [MatchReason]) {
        self.mentor = mentor
        self.score = score
        self.reasons = reasons
    }
}
