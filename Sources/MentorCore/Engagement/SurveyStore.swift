import Foundation

/// Close-out survey answers at the end of a pairing. MentorStore implements it.
public protocol SurveyStore: Sendable {
    /// Saves a person's answer for a pairing, replacing an earlier one.
    func saveSurvey(pairing: Int64, person: PersonID, score: Int, comment: String, at date: Date) throws
    /// Every close-out score, for the satisfaction figure.
    func surveyScores() throws -> [Int]
}
