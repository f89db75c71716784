/// Mentees, mentors and the comparable non-participants of each, measured over 12 months.
public struct OutcomeFigures: Sendable, Equatable {
    public var mentees = OutcomeCounts()
    public var mentors = OutcomeCounts()
    /// Non-participants matched to the mentees (see ``OutcomeMeasurement``).
    public var menteeComparables = OutcomeCounts()
    /// Non-participants matched to the mentors.
    public var mentorComparables = OutcomeCounts()
    /// Mentees whose first start is in the window but less than 12 months before the as-of day.
    public var menteesNotYetMeasurable = 0
    /// Mentors whose first start is in the window but less than 12 months before the as-of day.
    public var mentorsNotYetMeasurable = 0

    public init() {}

    /// The counts of `role`'s participants, or of their comparables.
    public subscript(role: OutcomeRole, comparables comparables: Bool) -> OutcomeCounts {
        get {
            switch (role, comparables) {
            case (.mentee, false): mentees
            case (.mentor, false): mentors
            case (.mentee, true): menteeComparables
            case (.mentor, true): mentorComparables
            }
        }
        set {
            switch (role, comparables) {
            case (.mentee, false): mentees = newValue
            case (.mentor, false): mentors = newValue
            case (.mentee, true): menteeComparables = newValue
            case (.mentor, true): mentorComparables = newValue
            }
        }
    }

    mutating func countNotYetMeasurable(_ role: OutcomeRole) {
        if role == .mentee { menteesNotYetMeasurable += 1 } else { mentorsNotYetMeasurable += 1 }
    }
}
