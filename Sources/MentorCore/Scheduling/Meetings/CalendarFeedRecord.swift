import Foundation

/// Someone's published calendar: its address (a secret), and the last copy fetched.
public struct CalendarFeedRecord: Sendable, Equatable {
    public var person: PersonID
    /// The secret address. Never logged or shown back in full.
    public var url: String
    public var etag: String?
    public var lastModified: String?
    public var body: String?
    public var fetchedAt: Date?
    /// What was wrong at the last fetch, if anything.
    public var problem: String?
    /// Whether the owner has been told about ``problem``.
    public var problemReported: Bool

    public init(
        person: PersonID, url: String, etag: String? = nil, lastModified: String? = nil, body: String? = nil, fetchedAt: Date? = nil,
        problem: String? = nil, problemReported: Bool = false
    ) {
        self.person = person
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.body = body
        self.fetchedAt = fetchedAt
        self.problem = problem
        self.problemReported = problemReported
    }
}
