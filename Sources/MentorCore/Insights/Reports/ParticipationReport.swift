import Foundation
/// Participation by one dimension: for each group, members, mentors, mentees, who asked and who was matched, with the
/// match rate, median days to match and meetings per pairing.
public struct ParticipationReport: Sendable, Equatable {
    public static let columns = ["members", "joined", "mentors", "mentees", "requesters", "matched"]
    public var dimension: InsightDimension
    public var table: InsightTable

    /// The table for `dimension` from people's participation worked out once for the page (``ParticipationRecords``).
    public init(records: ParticipationRecords, filter: InsightFilter, dimension: InsightDimension) {
        self.dimension = dimension
        let grouped = records.groups(by: dimension, end: filter.period.interval.end)
        let names = grouped.map(\.name)
        let counts = grouped.map(\.counts)
        let rest = grouped.map(\.remainder)
        func rows(_ counts: [ParticipationCounts]) -> [[Int]] {
            counts.map { [$0.members, $0.joined, $0.mentors, $0.mentees, $0.requesters, $0.matched] }
        }
        let shown = PrivacyEngine.suppress(
            CountTable(rows: names, columns: Self.columns, counts: rows(counts), population: counts.map(\.members)),
            remainder: filter.narrowsPeople ? CountTable(rows: names, columns: Self.columns, counts: rows(rest), population: rest.map(\.members)) : nil
        )
        let visible = shown.population.map { $0 != nil }
        let matchRate = counts.indices.map { row in InsightTable.percent(shown.counts[row][5], of: shown.counts[row][4]) }
        let median = counts.indices.map { row in visible[row] ? InsightTable.median(counts[row].daysToMatch) : nil }
        let perPairing = counts.indices.map { row -> Double? in
            guard visible[row], PrivacyEngine.showsMeasure(over: counts[row].pairings) else { return nil }
            return Double(counts[row].meetings) / Double(counts[row].pairings)
        }
        table = InsightTable(
            id: "participation-\(dimension.rawValue)", chart: .bar, counts: shown,
            measures: [
                .init(id: "match-rate", unit: .percent, values: matchRate), .init(id: "median-days-to-match", unit: .days, values: median),
                .init(id: "meetings-per-pairing", unit: .average, values: perPairing),
            ]
        )
    }

    /// People grouped by `dimension`, groups sorted by name; people the dimension does not describe are left out.
    static func groups(_ people: [PersonFact], by dimension: InsightDimension) -> [(name: String, people: [PersonFact])] {
        var groups: [String: [PersonFact]] = [:]
        for person in people { if let group = dimension.group(of: person) { groups[group, default: []].append(person) } }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }
}
