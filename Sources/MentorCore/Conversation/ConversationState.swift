import Foundation

/// Where someone is in a multi-step conversation such as `join`. Persisted so it survives restarts.
public struct ConversationState: Sendable, Equatable {
    /// Which flow, e.g. `join`.
    public var flow: String
    /// Where the flow is: for a questionnaire, the index of the question being asked; a flow may give other values
    /// a meaning of its own (``ProfileReviewFlow/menuStep``).
    public var step: Int
    public var updatedAt: Date

    public init(flow: String, step: Int, updatedAt: Date) {
        self.flow = flow
        self.step = step
        self.updatedAt = updatedAt
    }
}
