import Foundation

/// The resource library: entries members suggest, listed once a program manager approves them. MentorStore
/// implements it.
public protocol ResourceLibraryStore: Sendable {
    /// Saves a new, unapproved suggestion; returns it with its id.
    func insertSuggestion(_ suggestion: ResourceSuggestion) throws -> ResourceSuggestion
    /// Approved (the library) or pending suggestions, oldest first; rejected ones are neither.
    func suggestions(approved: Bool) throws -> [ResourceSuggestion]
    /// Approves a pending suggestion, with the topics and summary it is found by when given, and returns it; nil when
    /// there is no pending suggestion with that id.
    func approveSuggestion(id: Int64, topics: String?, summary: String?) throws -> ResourceSuggestion?
    /// Turns a pending suggestion down and returns it; nil when there is no pending suggestion with that id.
    func rejectSuggestion(id: Int64, reason: String?, at date: Date) throws -> ResourceSuggestion?
}
