/// Everything the outcome figures need about one person: their dated employment states, the groups they are broken
/// down by, and when they first took part in a pairing as mentee and as mentor.
public struct PersonHistory: Sendable, Equatable {
    public var id: PersonID
    /// Their function and site as the directory says now (the history dates only status and career stage).
    public var function: String
    public var site: String
    /// Oldest first, one per day at most.
    public var states: [EmploymentState]
    /// The day (UTC) their first pairing as mentee started; nil if they never had one.
    public var firstMenteeStart: CalendarDate?
    /// The day (UTC) their first pairing as mentor started; nil if they never had one.
    public var firstMentorStart: CalendarDate?

    public init(
        id: PersonID, function: String, site: String, states: [EmploymentState], firstMenteeStart: CalendarDate? = nil,
        firstMentorStart: CalendarDate? = nil
    ) {
        self.id = id
        self.function = function
        self.site = site
        self.states = states
        self.firstMenteeStart = firstMenteeStart
        self.firstMentorStart = firstMentorStart
    }

    /// Their state on `date`: the latest one effective on or before it; nil before the history begins.
    public func state(on date: CalendarDate) -> EmploymentState? {
        var low = 0, high = states.count
        while low < high {
            let middle = (low + high) / 2
            if states[middle].effectiveOn <= date { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : states[low - 1]
    }

    /// The first day they took part in any pairing, as mentee or mentor.
    public var firstParticipation: CalendarDate? {
        [firstMenteeStart, firstMentorStart].compactMap { $0 }.min()
    }

    /// Their first start in `role`.
    public func firstStart(as role: OutcomeRole) -> CalendarDate? {
        role == .mentee ? firstMenteeStart : firstMentorStart
    }
}
