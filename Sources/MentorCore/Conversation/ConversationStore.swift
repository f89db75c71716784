/// Persists conversation states, one per person.
public protocol ConversationStore: Sendable {
    func state(for person: PersonID) throws -> ConversationState?
    func save(_ state: ConversationState, for person: PersonID) throws
    func clear(for person: PersonID) throws
}
