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
