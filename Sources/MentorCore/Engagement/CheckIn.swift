import Foundation

/// One "Did you meet?" question to one person about one period of a pairing.
public struct CheckIn: Sendable, Equatable {
    public enum Answer: String, Sendable {
        case met, notYet = "not-yet", snoozed
    }

    public var id: Int64
    public var pairing: Int64
    public var person: PersonID
    /// 1 for the first expected meeting after the match, then 2, 3…
    public var period: Int
    public var askedAt: Date
    public var answer: Answer?
    public var answeredAt: Date?

    public init(id: Int64 = 0, pairing: Int64, person: PersonID, period: Int, askedAt: Date, answer: Answer? = nil, answeredAt: Date? = nil) {
        self.id = id
        self.pairing = pairing
        self.person = person
        self.period = period
        self.askedAt = askedAt
        self.answer = answer
        self.answeredAt = answeredAt
    }
}
