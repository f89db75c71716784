/// Retention and promotion of mentees and mentors over the 12 months after they began, against comparable
/// non-participants, as counts of people. A pure function of values: the histories come from ``PersonHistoryStore``.
///
/// For each role (mentee, mentor) on its own:
/// - **Cohort.** People whose *first* pairing start in that role (its UTC day, S) falls in ``window`` and who were
///   `active` on S by their history. Someone who was both mentee and mentor is in both cohorts, each from their own
///   first start. A start whose day 12 months on (S + 12 calendar months, the month's last day when shorter) is after
///   ``asOf`` is *not yet measurable*: counted apart, not in the cohort. A start before the person's history begins
///   is not measured at all.
/// - **Retained**: `active` on S + 12 months. A departure dated that very day counts as not retained; `alumni` is
///   not employed; someone who left and was rehired before that day is retained.
/// - **Promoted**: a higher career stage on S + 12 months than on S. A departure freezes the stage, so a promotion
///   before leaving counts.
/// - **Comparables.** Each person is counted at most once per role, so every figure is a number of distinct people.
///   A person q is a comparable of a cohort member p when, on p's start S, q was `active` with p's function and p's
///   career stage on S, and q had not started any pairing (in either role) on or before S. q is measured from the
///   earliest such S over the whole cohort: retained when `active` on S + 12 months, promoted when their stage then
///   is higher than on S. Their group in a breakdown is their own site or function, or their stage on S.
///
/// ```swift
/// let report = OutcomeMeasurement(window: from...through, asOf: today, dimension: .site).report(try store.personHistories())
/// ```
public struct OutcomeMeasurement: Sendable {
    /// The length of the measurement after a start.
    public static let months = 12

    public var window: ClosedRange<CalendarDate>
    public var asOf: CalendarDate
    public var dimension: OutcomeDimension?

    public init(window: ClosedRange<CalendarDate>, asOf: CalendarDate, dimension: OutcomeDimension? = nil) {
        self.window = window
        self.asOf = asOf
        self.dimension = dimension
    }

    /// The figures over `people`, everyone the store holds.
    public func report(_ people: [PersonHistory]) -> OutcomeReport {
        var tally = Tally(dimension: dimension)
        for role in OutcomeRole.allCases {
            let starts = measureCohort(role, people, &tally)
            measureComparables(role, people, starts: starts, &tally)
        }
        return OutcomeReport(window: window, asOf: asOf, total: tally.total, groups: tally.sortedGroups, dimension: dimension)
    }

    /// Counts the cohort of `role`, and returns its measurable starts by function and stage, each list sorted.
    private func measureCohort(_ role: OutcomeRole, _ people: [PersonHistory], _ tally: inout Tally) -> [Stratum: [CalendarDate]] {
        var starts: [Stratum: [CalendarDate]] = [:]
        for person in people {
            guard let start = person.firstStart(as: role), window.contains(start),
                let first = person.state(on: start), first.status == .active
            else { continue }
            let end = start.adding(months: Self.months)
            guard end <= asOf else {
                tally.update(person, stage: first.careerStage) { $0.countNotYetMeasurable(role) }
                continue
            }
            let last = person.state(on: end) ?? first
            tally.update(person, stage: first.careerStage) {
                $0[role, comparables: false].count(retained: last.status == .active, promoted: last.careerStage > first.careerStage)
            }
            starts[Stratum(function: person.function, stage: first.careerStage), default: []].append(start)
        }
        for key in starts.keys { starts[key]!.sort() }
        return starts
    }

    /// Counts each non-participant once, from the earliest cohort start they match (see the type's summary).
    private func measureComparables(_ role: OutcomeRole, _ people: [PersonHistory], starts: [Stratum: [CalendarDate]], _ tally: inout Tally) {
        guard !starts.isEmpty else { return }
        for person in people {
            guard let (start, first) = earliestMatch(person, starts) else { continue }
            let last = person.state(on: start.adding(months: Self.months)) ?? first
            tally.update(person, stage: first.careerStage) {
                $0[role, comparables: true].count(retained: last.status == .active, promoted: last.careerStage > first.careerStage)
            }
        }
    }

    /// The earliest start S in `starts` at which `person` was active in that start's function and stage and had not
    /// yet taken part, with their state on S. One pass over their states, each a binary search.
    private func earliestMatch(_ person: PersonHistory, _ starts: [Stratum: [CalendarDate]]) -> (CalendarDate, EmploymentState)? {
        let participation = person.firstParticipation
        for (index, state) in person.states.enumerated() where state.status == .active {
            if let participation, participation <= state.effectiveOn { return nil }
            guard let list = starts[Stratum(function: person.function, stage: state.careerStage)] else { continue }
            let next = index + 1 < person.states.count ? person.states[index + 1].effectiveOn : nil
            guard let start = list.first(onOrAfter: state.effectiveOn) else { continue }
            if let next, start >= next { continue }
            if let participation, start >= participation { return nil }
            return (start, state)
        }
        return nil
    }

    /// The function and career stage a comparable must share with a participant.
    private struct Stratum: Hashable {
        var function: String
        var stage: CareerStage
    }

    /// The figures being counted, in total and by group.
    private struct Tally {
        let dimension: OutcomeDimension?
        var total = OutcomeFigures()
        var groups: [String: OutcomeFigures] = [:]

        mutating func update(_ person: PersonHistory, stage: CareerStage, _ change: (inout OutcomeFigures) -> Void) {
            change(&total)
            if let dimension { change(&groups[dimension.group(of: person, stage: stage), default: OutcomeFigures()]) }
        }

        var sortedGroups: [OutcomeGroup] {
            groups.sorted { $0.key < $1.key }.map { OutcomeGroup(name: $0.key, figures: $0.value) }
        }
    }
}

extension Array where Element == CalendarDate {
    /// The first date on or after `date` in this sorted array.
    fileprivate func first(onOrAfter date: CalendarDate) -> CalendarDate? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < date { low = middle + 1 } else { high = middle }
        }
        return low < count ? self[low] : nil
    }
}
