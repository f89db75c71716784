import Foundation

/// Close-out survey answers at the end of a pairing. MentorStore implements it.
public protocol SurveyStore: Sendable {
    /// Saves a person's answer for a pairing, replacing an earlier one.
    func saveSurvey(pairing: Int64, person: PersonID, score: Int, comment: String, at date: Date) throws
    /// The person's answer for the pairing, if they gave one.
    func survey(pairing: Int64, person: PersonID) throws -> Survey?
    /// Every close-out score, for the satisfaction figure: answers about a pairing that had ended, or whose planned
    /// end had passed, when they were given.
    func surveyScores() throws -> [Int]
    /// The comments of those close-out answers, with who wrote them, for the program managers' anonymous view.
    func surveyComments() throws -> [Survey]
}

/// One person's close-out answer about one pairing.
public struct Survey: Sendable, Equatable {
    public var pairing: Int64
    public var person: PersonID
    /// 1 (not useful) to 5 (very useful).
    public var score: Int
    /// Empty when they gave none.
    public var comment: String
    public var answeredAt: Date

    public init(pairing: Int64, person: PersonID, score: Int, comment: String, answeredAt: Date) {
        self.pairing = pairing
        self.person = person
        self.score = score
        self.comment = comment
        self.answeredAt = answeredAt
    }
}
