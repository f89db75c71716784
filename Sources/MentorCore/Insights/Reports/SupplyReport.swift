import Foundation

/// Supply against demand: the topics mentees asked for (requests, and searches that found nobody) against the mentors
/// who offer them and the room those mentors have, overall and by site and time-zone region. A search that found a
/// person by name is not a topic and is never kept.
public struct SupplyReport: Sendable, Equatable {
    public static let topicColumns = ["requests", "unanswered-searches", "mentors", "free-places"]
    public static let placeColumns = ["requests", "mentors", "free-places"]
    /// How many topics the topic table lists, most asked first.
    public static let topicLimit = 15

    public var topics: InsightTable
    public var sites: InsightTable
    public var regions: InsightTable

    public init(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter, now: Date) {
        let ids = population.ids
        let requests = facts.requests.filter { ids.contains($0.mentee) && filter.keeps(program: $0.program) && filter.period.contains($0.createdAt) }
        let misses = facts.unansweredSearches.filter { filter.period.contains($0.at) }
        let running = facts.pairings.filter { $0.isActive(at: now) }
        let taken = Dictionary(grouping: running, by: \.mentor).mapValues(\.count)
        let mentors = population.people.filter(\.isMentor)
        func free(_ mentor: PersonFact) -> Int { max(0, mentor.capacity - (taken[mentor.id] ?? 0)) }

        var asked: [String: Int] = [:]
        for request in requests { asked[TagList.normalise(request.topic), default: 0] += 1 }
        var searched: [String: Int] = [:]
        for miss in misses { searched[TagList.normalise(miss.topic), default: 0] += 1 }
        // A topic is words someone typed: it is named only once enough people asked for it that no one is recognised
        // by it.
        let ranked = Set(asked.keys).union(searched.keys).filter { !$0.isEmpty && (asked[$0] ?? 0) + (searched[$0] ?? 0) >= PrivacyRules.minimumGroup }
            .sorted { (-(asked[$0] ?? 0) - (searched[$0] ?? 0), $0) < (-(asked[$1] ?? 0) - (searched[$1] ?? 0), $1) }
            .prefix(Self.topicLimit)
        let topicRows = ranked.map { topic -> [Int] in
            let offering = mentors.filter { $0.expertise.contains(topic) }
            return [asked[topic] ?? 0, searched[topic] ?? 0, offering.count, offering.map(free).reduce(0, +)]
        }
        topics = InsightTable(
            id: "supply-topics", chart: .bar,
            counts: PrivacyEngine.suppress(
                CountTable(rows: Array(ranked), columns: Self.topicColumns, counts: topicRows, population: topicRows.map { max($0[0] + $0[1], $0[2]) })
            )
        )
        let requestsByMentee = Dictionary(grouping: requests, by: \.mentee).mapValues(\.count)
        func places(_ dimension: InsightDimension) -> InsightTable {
            let groups = ParticipationReport.groups(population.people, by: dimension)
            let rows = groups.map { group -> [Int] in
                let groupMentors = group.people.filter(\.isMentor)
                return [group.people.map { requestsByMentee[$0.id] ?? 0 }.reduce(0, +), groupMentors.count, groupMentors.map(free).reduce(0, +)]
            }
            let table = CountTable(rows: groups.map(\.name), columns: Self.placeColumns, counts: rows, population: groups.map(\.people.count))
            return InsightTable(id: "supply-\(dimension.rawValue)", chart: .heatmap, counts: PrivacyEngine.suppress(table))
        }
        sites = places(.site)
        regions = places(.region)
    }
}
