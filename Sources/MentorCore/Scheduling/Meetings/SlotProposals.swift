import Foundation

/// Slots proposed to someone by `schedule`, `reschedule` or a letter, kept until they `book` one.
///
/// Someone may hold several lists at once (a letter can carry one per mentor); their options are numbered on from
/// list to list, so `book N` means one slot in whatever message it came from.
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
    /// The `book` number of the first slot; the others follow on.
    public var firstNumber: Int
    /// The meeting booked from this list, once one was.
    public var bookedMeeting: Int64?

    public init(
        attendees: [PersonID], minutes: Int, slots: [ProposedSlot], meeting: Int64? = nil, circle: Int64? = nil, createdAt: Date,
        firstNumber: Int = 1, bookedMeeting: Int64? = nil
    ) {
        self.attendees = attendees
        self.minutes = minutes
        self.slots = slots
        self.meeting = meeting
        self.circle = circle
        self.createdAt = createdAt
        self.firstNumber = firstNumber
        self.bookedMeeting = bookedMeeting
    }

    /// The `book` numbers of this list's slots.
    public var numbers: ClosedRange<Int>? { slots.isEmpty ? nil : firstNumber...(firstNumber + slots.count - 1) }

    /// The slot `book number` means, if it is in this list.
    public func slot(numbered number: Int) -> ProposedSlot? {
        guard let numbers, numbers.contains(number) else { return nil }
        return slots[number - firstNumber]
    }
}
