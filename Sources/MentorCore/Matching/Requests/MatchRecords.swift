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

/// A request offered to one mentor, who may accept or decline until it expires.
public struct MatchOffer: Sendable, Equatable {
    public enum Status: String, Sendable {
        case pending, accepted, declined, expired
        /// The mentee cancelled the request.
        case withdrawn
    }

    public var id: Int64
    public var requestID: Int64
    public var mentor: PersonID
    public var mentee: PersonID
    public var status: Status
    public var score: Int
    public var reasons: [MatchReason]
    public var createdAt: Date
    public var expiresAt: Date
    /// When a reminder becomes due (it is sent at the first moment after this inside the mentor's working hours).
    public var remindAt: Date
    public var remindedAt: Date?
    public var answeredAt: Date?
    /// Why they declined; seen by program managers only.
    public var declineReason: String?

    public init(
        id: Int64 = 0, requestID: Int64, mentor: PersonID, mentee: PersonID, status: Status = .pending, score: Int, reasons: [MatchReason],
        createdAt: Date, expiresAt: Date, remindAt: Date
    ) {
        self.id = id
        self.requestID = requestID
        self.mentor = mentor
        self.mentee = mentee
        self.status = status
        self.score = score
        self.reasons = reasons
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.remindAt = remindAt
    }
}

/// A mentor and mentee working together in a program.
public struct Pairing: Sendable, Equatable {
    public enum Status: String, Sendable {
        case active, ended
    }

    /// How the pair came about.
    public enum Source: String, Sendable {
        case request, round
    }

    public var id: Int64
    public var program: String
    public var mentor: PersonID
    public var mentee: PersonID
    public var status: Status
    public var source: Source
    public var score: Int
    public var reasons: [MatchReason]
    public var startedAt: Date
    public var plannedEnd: Date
    public var endedAt: Date?

    public init(
        id: Int64 = 0, program: String, mentor: PersonID, mentee: PersonID, status: Status = .active, source: Source, score: Int,
        reasons: [MatchReason], startedAt: Date, plannedEnd: Date
    ) {
        self.id = id
        self.program = program
        self.mentor = mentor
        self.mentee = mentee
        self.status = status
        self.source = source
        self.score = score
        self.reasons = reasons
        self.startedAt = startedAt
        self.plannedEnd = plannedEnd
    }
}

/// A manager putting someone forward for the next round.
public struct Nomination: Sendable, Equatable {
    public var person: PersonID
    public var program: String
    public var nominatedBy: PersonID
    public var reason: String
    public var createdAt: Date

    public init(person: PersonID, program: String, nominatedBy: PersonID, reason: String, createdAt: Date) {
        self.person = person
        self.program = program
        self.nominatedBy = nominatedBy
        self.reason = reason
        self.createdAt = createdAt
    }
}
