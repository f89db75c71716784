import Foundation

/// What the dashboard reads. MentorStore implements it on a read-only connection of its own.
public protocol InsightsStore: Sendable {
    /// Everything the pages count, as of `now`, read consistently in one go.
    func facts(at now: Date) throws -> InsightFacts
}

/// Where `find` notes a search that found nobody, for supply and demand: the words only, never who asked.
public protocol UnansweredSearchLog: Sendable {
    func record(_ topic: String, at date: Date) throws
}

/// For services built without a database (unit tests of commands): searches that find nobody are not counted.
public struct UnansweredSearchesNotKept: UnansweredSearchLog {
    public init() {}
    public func record(_ topic: String, at date: Date) throws {}
}

/// For services built without a database: nothing to count.
public struct NoInsights: InsightsStore {
    public init() {}
    public func facts(at now: Date) throws -> InsightFacts {
        InsightFacts(people: [], requests: [], pairings: [], offers: [], surveys: [], unansweredSearches: [], goals: [], reflections: [], readAt: now)
    }
}
