import Foundation

/// Equity by one dimension of the mentees: match rate, offer acceptance, decline rate and time to match for each
/// group, so a program manager sees whether some groups wait longer or are turned down more; and the rounds' results
/// over time.
public struct EquityReport: Sendable, Equatable {
    public static let columns = ["requesters", "matched", "offers", "accepted", "declined"]
    public static let roundColumns = ["matched", "unmatched"]

    public var table: InsightTable
    public var rounds: InsightTable

    public init(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter, dimension: InsightDimension) {
        let index = ParticipationIndex(facts: facts, filter: filter)
        let requests = Dictionary(uniqueKeysWithValues: facts.requests.map { ($0.id, $0) })
        let offersByMentee = Dictionary(
            grouping: facts.offers.filter { offer in
                filter.period.contains(offer.createdAt) && requests[offer.request].map { filter.keeps(program: $0.program) } ?? false
            }, by: \.mentee)
        let groups = ParticipationReport.groups(population.people, by: dimension)
        var rows: [[Int]] = []
        var waits: [[Double]] = []
        for group in groups {
            let counts = index.counts(group.people)
            let offers = group.people.flatMap { offersByMentee[$0.id] ?? [] }
            rows.append([
                counts.requesters, counts.matched, offers.count, offers.filter { $0.status == .accepted }.count,
                offers.filter { $0.status == .declined }.count,
            ])
            waits.append(counts.daysToMatch)
        }
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
        let committed = facts.rounds.filter { filter.keeps(program: $0.program) }.suffix(12)
        let labels = committed.map { "\($0.program) \(CalendarDate($0.committedAt, in: .gmt))" }
        let numbers = committed.map { [$0.matched, $0.unmatched] }
        rounds = InsightTable(
            id: "equity-rounds", chart: .line,
            counts: PrivacyEngine.suppress(
                CountTable(rows: labels, columns: Self.roundColumns, counts: numbers, population: numbers.map { $0[0] + $0[1] })
            )
        )
    }
}
