import Foundation

/// A library entry a member suggested, listed once a program manager approves it.
public struct ResourceSuggestion: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var url: String
    public var suggestedBy: PersonID
    public var approved: Bool
    public var createdAt: Date

    public init(id: Int64 = 0, title: String, url: String, suggestedBy: PersonID, approved: Bool = false, createdAt: Date) {
        self.id = id
        self.title = title
        self.url = url
        self.suggestedBy = suggestedBy
        self.approved = approved
        self.createdAt = createdAt
    }
}
