import Foundation

/// Slots proposed to someone by `schedule` or `reschedule`, kept until they `book` one.
public struct SlotProposals: Sendable, Equatable {
    /// Everyone who would meet, the proposer first.
    public var attendees: [PersonID]
    public var minutes: Int
    public var slots: [ProposedSlot]
    /// The meeting being moved, for `reschedule`.
    public var meeting: Int64?
    /// The circle whose next session this is, for `circle schedule`.
    public var circle: Int64?
    public var createdAt: Date

    public init(attendees: [PersonID], minutes: Int, slots: [ProposedSlot], meeting: Int64? = nil, circle: Int64? = nil, createdAt: Date) {
        self.attendees = attendees
        self.minutes = minutes
        self.slots = slots
        self.meeting = meeting
        self.circle = circle
        self.createdAt = createdAt
    }
}
