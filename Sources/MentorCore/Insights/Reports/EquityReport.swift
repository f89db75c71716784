import Foundation

/// Equity by one dimension of the mentees: match rate, offer acceptance, decline rate and time to match for each
/// group, so a program manager sees whether some groups wait longer or are turned down more; and the rounds' results
/// over time.
public struct EquityReport: Sendable, Equatable {
    public static let columns = ["requesters", "matched", "offers", "accepted", "declined"]
    public static let roundColumns = ["matched", "unmatched"]

    public var table: InsightTable
    public var rounds: InsightTable

    public init(facts: InsightFacts, records: ParticipationRecords, filter: InsightFilter, dimension: InsightDimension) {
        let groups = records.groups(by: dimension, end: filter.period.interval.end)
        let rows = groups.map { [$0.counts.requesters, $0.counts.matched, $0.counts.offers, $0.counts.accepted, $0.counts.declined] }
        let waits = groups.map(\.counts.daysToMatch)
        let shown = PrivacyEngine.suppress(
            CountTable(rows: groups.map(\.name), columns: Self.columns, counts: rows, population: rows.map { $0[0] })
        )
        let matchRate = rows.indices.map { InsightTable.percent(shown.counts[$0][1], of: shown.counts[$0][0]) }
        let acceptance = rows.indices.map { InsightTable.percent(shown.counts[$0][3], of: shown.counts[$0][2]) }
        let declines = rows.indices.map { InsightTable.percent(shown.counts[$0][4], of: shown.counts[$0][2]) }
        let median = rows.indices.map { shown.population[$0] == nil ? nil : InsightTable.median(waits[$0]) }
        table = InsightTable(
            id: "equity-\(dimension.rawValue)", chart: .bar, counts: shown,
            measures: [
                .init(id: "match-rate", unit: .percent, values: matchRate), .init(id: "acceptance-rate", unit: .percent, values: acceptance),
                .init(id: "decline-rate", unit: .percent, values: declines), .init(id: "median-days-to-match", unit: .days, values: median),
            ]
        )
        rounds = Self.rounds(facts: facts, filter: filter)
    }

    /// The last twelve committed rounds of the filter's program: matched and not matched.
    public static func rounds(facts: InsightFacts, filter: InsightFilter) -> InsightTable {
        let committed = facts.rounds.filter { filter.keeps(program: $0.program) }.suffix(12)
        let labels = committed.map { "\($0.program) \(CalendarDate($0.committedAt, in: .gmt))" }
        let numbers = committed.map { [$0.matched, $0.unmatched] }
        return InsightTable(
            id: "equity-rounds", chart: .line,
            counts: PrivacyEngine.suppress(
                CountTable(rows: labels, columns: Self.roundColumns, counts: numbers, population: numbers.map { $0[0] + $0[1] })
            )
        )
    }
}
