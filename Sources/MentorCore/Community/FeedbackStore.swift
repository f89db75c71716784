import Foundation

/// Confidential feedback to the program managers, and their answers. MentorStore implements it.
public protocol FeedbackStore: Sendable {
    /// Saves new feedback; returns it with its id.
    func insertFeedback(_ feedback: Feedback) throws -> Feedback
    func feedback(id: Int64) throws -> Feedback?
    /// Feedback not answered yet, oldest first.
    func openFeedback() throws -> [Feedback]
    /// Feedback that has an answer, the latest answered first, at most `limit`.
    func answeredFeedback(limit: Int) throws -> [Feedback]
    func answerFeedback(id: Int64, answer: String, at date: Date) throws
    /// The feedback holding this reply token. Once it has an answer, the token is spent by reading it.
    func redeemFeedbackToken(_ token: String) throws -> Feedback?
}
