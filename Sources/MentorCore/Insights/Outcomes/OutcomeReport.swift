/// Retention and promotion as counts of people, never rates: the caller passes every count through the privacy
/// engine before anyone sees it.
public struct OutcomeReport: Sendable, Equatable {
    /// First pairing starts in this range (inclusive) are measured.
    public var window: ClosedRange<CalendarDate>
    /// The day the figures describe; a start is measurable when its 12 months end on or before it.
    public var asOf: CalendarDate
    /// Everyone measured.
    public var total: OutcomeFigures
    /// The same figures by ``dimension``, by group name in order; empty without a dimension.
    public var groups: [OutcomeGroup]
    public var dimension: OutcomeDimension?

    public init(window: ClosedRange<CalendarDate>, asOf: CalendarDate, total: OutcomeFigures, groups: [OutcomeGroup], dimension: OutcomeDimension?) {
        self.window = window
        self.asOf = asOf
        self.total = total
        self.groups = groups
        self.dimension = dimension
    }
}

/// The figures of one group of a breakdown, such as the site `Lagos`.
public struct OutcomeGroup: Sendable, Equatable {
    public var name: String
    public var figures: OutcomeFigures

    public init(name: String, figures: OutcomeFigures) {
        self.name = name
        self.figures = figures
    }
}

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

/// How many people were measured, and how many of them were still employed, and promoted, 12 months on.
public struct OutcomeCounts: Sendable, Equatable {
    public var people = 0
    public var retained = 0
    public var promoted = 0

    public init(people: Int = 0, retained: Int = 0, promoted: Int = 0) {
        self.people = people
        self.retained = retained
        self.promoted = promoted
    }

    mutating func count(retained: Bool, promoted: Bool) {
        people += 1
        if retained { self.retained += 1 }
        if promoted { self.promoted += 1 }
    }
}
