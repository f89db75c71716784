import Foundation

/// Confidential feedback for the program managers. An anonymous one has no sender at all, only a reply token.
public struct Feedback: Sendable, Equatable {
    public var id: Int64
    public var text: String
    /// Nil when sent anonymously: the sender is not stored anywhere.
    public var sender: PersonID?
    /// For anonymous feedback being sent: the one-time token its sender holds to read the answer. Stores keep only
    /// its digest, so feedback read back has none.
    public var replyToken: String?
    public var answer: String?
    /// When it was sent; read back, the start of that UTC day, since stores keep no finer time.
    public var createdAt: Date
    public var answeredAt: Date?

    public init(id: Int64 = 0, text: String, sender: PersonID?, replyToken: String?, answer: String? = nil, createdAt: Date, answeredAt: Date? = nil) {
        self.id = id
        self.text = text
        self.sender = sender
        self.replyToken = replyToken
        self.answer = answer
        self.createdAt = createdAt
        self.answeredAt = answeredAt
    }
}
