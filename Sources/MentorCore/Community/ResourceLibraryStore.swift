/// The resource library: entries members suggest, listed once a program manager approves them. MentorStore
/// implements it.
public protocol ResourceLibraryStore: Sendable {
    /// Saves a new, unapproved suggestion; returns it with its id.
    func insertSuggestion(_ suggestion: ResourceSuggestion) throws -> ResourceSuggestion
    /// Approved (the library) or pending suggestions, oldest first.
    func suggestions(approved: Bool) throws -> [ResourceSuggestion]
    /// Approves a pending suggestion and returns it; nil when there is no pending suggestion with that id.
    func approveSuggestion(id: Int64) throws -> ResourceSuggestion?
}
