import Foundation

/// A library entry a member suggested, listed once a program manager approves it.
public struct ResourceSuggestion: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var url: String
    /// Words it is found by, beyond its title.
    public var topics: String
    /// A line or two on what it offers, shown and searched with it.
    public var summary: String
    public var suggestedBy: PersonID
    public var approved: Bool
    public var createdAt: Date
    /// When a program manager turned it down; it is then neither pending nor listed.
    public var rejectedAt: Date?
    public var rejectionReason: String?

    public init(
        id: Int64 = 0, title: String, url: String, topics: String = "", summary: String = "", suggestedBy: PersonID, approved: Bool = false,
        createdAt: Date, rejectedAt: Date? = nil, rejectionReason: String? = nil
    ) {
        self.id = id
        self.title = title
        self.url = url
        self.topics = topics
        self.summary = summary
        self.suggestedBy = suggestedBy
        self.approved = approved
        self.createdAt = createdAt
        self.rejectedAt = rejectedAt
        self.rejectionReason = rejectionReason
    }
}
