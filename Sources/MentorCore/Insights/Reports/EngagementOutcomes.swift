import Foundation
/// Satisfaction, goal completion and reflections of the people counted, in the period: one row each, through the
/// privacy engine.
public struct EngagementOutcomes: Sendable, Equatable {
    public static let columns = ["answered", "satisfied"]
    public var table: InsightTable

    public init(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter) {
        let ids = population.ids
        let pairings = Set(facts.pairings.filter { ids.contains($0.mentee) && filter.keeps(program: $0.program) }.map(\.id))
        let answers = facts.surveys.filter { pairings.contains($0.pairing) && filter.period.contains($0.answeredAt) }
        let goals = facts.goals.filter { ids.contains($0.owner) && filter.period.contains($0.createdAt) }
        let reflections = facts.reflections.filter { ids.contains($0.author) && filter.period.contains($0.completedAt) }
        let authors = Set(reflections.map(\.author)).count
        let rows = [
            [answers.count, answers.filter { $0.score >= 4 }.count],
            [goals.count, goals.filter(\.completed).count],
            [authors, reflections.count],
        ]
        let table = CountTable(
            rows: ["surveys", "goals", "reflections"], columns: Self.columns, counts: rows, population: [answers.count, goals.count, authors]
        )
        let shown = PrivacyEngine.suppress(table)
        self.table = InsightTable(
            id: "outcomes-engagement", chart: .bar, translatesRows: true, counts: shown,
            measures: [.init(id: "share", unit: .percent, values: [0, 1].map { InsightTable.percent(shown.counts[$0][1], of: shown.counts[$0][0]) } + [nil])]
        )
    }
}
