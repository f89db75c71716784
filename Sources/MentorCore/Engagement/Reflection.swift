import Foundation

/// Answers to a set of reflection prompts. Private to the author unless they share it with their pair.
public struct Reflection: Sendable, Equatable {
    public enum Status: String, Sendable {
        case open, done, stopped
    }

    public var id: Int64
    public var author: PersonID
    /// The set of prompts, e.g. `learned`.
    public var set: String
    public var answers: [String]
    public var status: Status
    /// The person it was shared with, if any.
    public var sharedWith: PersonID?
    public var createdAt: Date
    public var completedAt: Date?

    public init(
        id: Int64 = 0, author: PersonID, set: String, answers: [String] = [], status: Status = .open, sharedWith: PersonID? = nil,
        createdAt: Date, completedAt: Date? = nil
    ) {
        self.id = id
        self.author = author
        self.set = set
        self.answers = answers
        self.status = status
        self.sharedWith = sharedWith
        self.createdAt = createdAt
        self.completedAt = completedAt
    }
}
