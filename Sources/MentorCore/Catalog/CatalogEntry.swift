/// One mentor in `find` results, with why they are there.
public struct CatalogEntry: Sendable {
    public var person: Person
    public var profile: Profile
    public var relevance: Double
    /// What matched, as the mentor wrote it, strongest field first.
    public var matches: [CatalogMatch]
    /// Shared working minutes with the asker over the coming week.
    public var overlapMinutes: Int
    public var capacityLeft: Int
}

/// One page of `find` results.
public struct CatalogPage: Sendable {
    public var entries: [CatalogEntry]
    /// 1-based.
    public var page: Int
    public var pageCount: Int
    public var total: Int
}

/// A tag (or bio word) of the mentor that matched the search, and the field it is in.
public struct CatalogMatch: Sendable, Equatable {
    public var text: String
    public var field: CatalogField
}
