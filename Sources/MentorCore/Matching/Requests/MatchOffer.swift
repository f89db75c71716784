import Foundation

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
