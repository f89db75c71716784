import Foundation

/// Retention and promotion of mentees and mentors whose first pairing began in the period, against comparable
/// non-participants (``OutcomeMeasurement``), through the privacy engine. Starts less than 12 months ago are not yet
/// measurable and are counted apart.
public struct RetentionOutcomes: Sendable, Equatable {
    public static let columns = ["people", "retained", "promoted"]
    public static let rows = ["mentees", "mentee-comparables", "mentors", "mentor-comparables"]
    public var table: InsightTable
    /// Starts in the period too recent to measure, mentees and mentors together (hidden under the minimum).
    public var notYetMeasurable: Int?

    public init(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter, now: Date) {
        let histories = facts.histories.filter { history in
            population.inScope(history.id)
                && (filter.site.map { history.site.caseInsensitiveCompare($0) == .orderedSame } ?? true)
                && (filter.function.map { history.function.caseInsensitiveCompare($0) == .orderedSame } ?? true)
        }
        let first = CalendarDate(filter.period.interval.start, in: .gmt)
        let last = max(first, CalendarDate(filter.period.interval.end - 1, in: .gmt))
        let report = OutcomeMeasurement(window: first...last, asOf: CalendarDate(now, in: .gmt)).report(histories)
        let figures = report.total
        let counts = [figures.mentees, figures.menteeComparables, figures.mentors, figures.mentorComparables]
        let shown = PrivacyEngine.suppress(
            CountTable(rows: Self.rows, columns: Self.columns, counts: counts.map { [$0.people, $0.retained, $0.promoted] }, population: counts.map(\.people))
        )
        table = InsightTable(
            id: "outcomes-retention", chart: .bar, translatesRows: true, counts: shown,
            measures: [
                .init(id: "retention-rate", unit: .percent, values: counts.indices.map { InsightTable.percent(shown.counts[$0][1], of: shown.counts[$0][0]) }),
                .init(id: "promotion-rate", unit: .percent, values: counts.indices.map { InsightTable.percent(shown.counts[$0][2], of: shown.counts[$0][0]) }),
            ]
        )
        let pending = figures.menteesNotYetMeasurable + figures.mentorsNotYetMeasurable
        notYetMeasurable = PrivacyEngine.showsMeasure(over: pending) || pending == 0 ? pending : nil
    }
}
