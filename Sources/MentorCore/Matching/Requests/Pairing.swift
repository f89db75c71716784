import Foundation

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
