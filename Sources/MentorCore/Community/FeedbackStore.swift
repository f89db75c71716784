import Foundation

/// Confidential feedback to the program managers, and their answers. MentorStore implements it.
///
/// Nothing a store keeps of feedback may line up with its sender's other rows (finding D9): ids are drawn at random
/// rather than counted, only the UTC day of `createdAt` is kept, and a reply token is kept only as its digest.
public protocol FeedbackStore: Sendable {
    /// Saves new feedback; returns it as kept: with its random id, the day it was sent, and no reply token.
    func insertFeedback(_ feedback: Feedback) throws -> Feedback
    func feedback(id: Int64) throws -> Feedback?
    /// Feedback not answered yet, the oldest day first.
    func openFeedback() throws -> [Feedback]
    /// Feedback that has an answer, the latest answered first, at most `limit`.
    func answeredFeedback(limit: Int) throws -> [Feedback]
    func answerFeedback(id: Int64, answer: String, at date: Date) throws
    /// The feedback holding this reply token: its sender's way to read the answer, as often as they need to (a reply
    /// that went astray must not cost them the answer).
    func feedback(replyToken token: String) throws -> Feedback?
    /// Whether some feedback already holds this reply token (a code its sender chose), spent or not yet.
    func holdsFeedbackToken(_ token: String) throws -> Bool
}
