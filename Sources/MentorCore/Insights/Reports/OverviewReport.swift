import Foundation

/// The overview page: the funnel from the directory to active pairs, the health targets, and monthly trends.
public struct OverviewReport: Sendable, Equatable {
    public var funnel: InsightTable
    /// The same funnel at the end of the period before, to compare with.
    public var previousFunnel: InsightTable
    public var health: [HealthMeasure]
    public var trend: InsightTable

    /// The funnel's stages, in order; each is a number of mentees (or, for the first two, of people).
    public static let stages = ["directory", "joined", "requested", "matched", "first-meeting", "active-30-days"]
    /// The monthly trend's columns.
    public static let trendColumns = ["joined", "requests", "pairings", "first-meetings"]

    public init(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter, targets: HealthTargets) {
        funnel = Self.funnel(facts: facts, population: population, filter: filter)
        previousFunnel = Self.funnel(facts: facts, population: population, filter: filter.previous)
        previousFunnel.id = "funnel-previous"
        health = Self.health(facts: facts, population: population, filter: filter, targets: targets)
        trend = Self.trend(facts: facts, population: population, filter: filter)
    }

    /// The funnel as of the period's end: everyone counted at a stage is counted at every stage before it.
    static func funnel(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter) -> InsightTable {
        let end = filter.period.interval.end
        let index = ParticipationIndex(facts: facts, filter: filter)
        var counts = Array(repeating: 0, count: stages.count)
        for person in population.people {
            counts[0] += 1
            guard let joined = person.joinedAt, joined < end else { continue }
            counts[1] += 1
            let pairings = index.pairings(ofMentee: person.id).filter { $0.startedAt < end }
            // A mentee a round matched without a request has asked by joining as a mentee.
            guard !pairings.isEmpty || index.requests(of: person.id).contains(where: { $0.createdAt < end }) else { continue }
            counts[2] += 1
            guard !pairings.isEmpty else { continue }
            counts[3] += 1
            guard pairings.contains(where: { ($0.firstMetAt ?? .distantFuture) < end }) else { continue }
            counts[4] += 1
            if pairings.contains(where: { ($0.lastMetAt ?? .distantPast) >= end - 30 * 86_400 && ($0.lastMetAt ?? .distantFuture) < end }) { counts[5] += 1 }
        }
        let table = CountTable(rows: ["people"], columns: stages, counts: [counts], population: [counts[0]])
        return InsightTable(id: "funnel", chart: .funnel, translatesRows: true, counts: PrivacyEngine.suppress(table))
    }

    static func health(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter, targets: HealthTargets) -> [HealthMeasure] {
        let current = HealthValues(facts: facts, population: population, filter: filter)
        let before = HealthValues(facts: facts, population: population, filter: filter.previous)
        return [
            HealthMeasure(id: .mentorsConnected, value: current.mentorsConnected, target: targets.mentorsConnectedPercent, previous: before.mentorsConnected),
            HealthMeasure(id: .menteesConnected, value: current.menteesConnected, target: targets.menteesConnectedPercent, previous: before.menteesConnected),
            HealthMeasure(id: .requestWait, value: current.requestWait, target: targets.requestWaitDays, previous: before.requestWait),
            HealthMeasure(
                id: .activeConnections, value: current.activeConnections, target: targets.activeConnectionsPercent, previous: before.activeConnections
            ),
            HealthMeasure(id: .satisfied, value: current.satisfied, target: targets.satisfiedPercent, previous: before.satisfied),
        ]
    }

    /// The last twelve months up to the period's end, one row per month.
    static func trend(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter) -> InsightTable {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let lastMonth = calendar.dateInterval(of: .month, for: filter.period.interval.end - 1)!.start
        let months = (0..<12).reversed().map { calendar.date(byAdding: .month, value: -$0, to: lastMonth)! }
        // Month boundaries, compared as instants: a calendar lookup per request or pairing was most of the page.
        let bounds = months + [calendar.date(byAdding: .month, value: 1, to: lastMonth)!]
        func month(of date: Date) -> Int? {
            guard date >= bounds[0], date < bounds[bounds.count - 1] else { return nil }
            var row = 0
            while bounds[row + 1] <= date { row += 1 }
            return row
        }
        var counts = Array(repeating: Array(repeating: 0, count: trendColumns.count), count: months.count)
        let ids = population.ids
        for person in population.people { if let joined = person.joinedAt, let row = month(of: joined) { counts[row][0] += 1 } }
        for request in facts.requests where ids.contains(request.mentee) && filter.keeps(program: request.program) {
            if let row = month(of: request.createdAt) { counts[row][1] += 1 }
        }
        for pairing in facts.pairings where ids.contains(pairing.mentee) && filter.keeps(program: pairing.program) {
            if let row = month(of: pairing.startedAt) { counts[row][2] += 1 }
            if let met = pairing.firstMetAt, let row = month(of: met) { counts[row][3] += 1 }
        }
        let labels = months.map { date in
            let parts = calendar.dateComponents([.year, .month], from: date)
            return String(format: "%04d-%02d", parts.year!, parts.month!)
        }
        let table = CountTable(rows: labels, columns: trendColumns, counts: counts, population: counts.map { $0.max() ?? 0 })
        return InsightTable(id: "trend", chart: .line, counts: PrivacyEngine.suppress(table))
    }
}

/// The health measures' values over one period, each through the privacy engine.
struct HealthValues {
    var mentorsConnected: Double?
    var menteesConnected: Double?
    var requestWait: Double?
    var activeConnections: Double?
    var satisfied: Double?

    init(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter) {
        let end = filter.period.interval.end
        let index = ParticipationIndex(facts: facts, filter: filter)
        let mentors = population.people.filter(\.isMentor)
        let mentees = population.people.filter(\.isMentee)
        let connectedMentors = mentors.filter { index.pairings(ofMentor: $0.id).contains { $0.isActive(at: end - 1) } }.count
        let connectedMentees = mentees.filter { index.pairings(ofMentee: $0.id).contains { $0.isActive(at: end - 1) } }.count
        mentorsConnected = Self.share(connectedMentors, of: mentors.count)
        menteesConnected = Self.share(connectedMentees, of: mentees.count)
        // From the requests rather than the people: a quarter's requests are far fewer than the directory.
        var waits: [Double] = []
        for (mentee, requests) in facts.index.requestsByMentee where population.ids.contains(mentee) {
            let pairings = index.pairings(ofMentee: mentee)
            for request in requests where filter.period.contains(request.createdAt) && filter.keeps(program: request.program) {
                if let start = pairings.filter({ $0.startedAt >= request.createdAt }).map(\.startedAt).min() {
                    waits.append(start.timeIntervalSince(request.createdAt) / 86_400)
                }
            }
        }
        requestWait = InsightTable.median(waits)
        let running = population.people.flatMap { index.pairings(ofMentee: $0.id) }.filter { $0.isActive(at: end - 1) }
        let active = running.filter { ($0.lastMetAt ?? .distantPast) >= end - 30 * 86_400 }.count
        activeConnections = Self.share(active, of: running.count)
        let pairings = Set(running.map(\.id)).union(population.people.flatMap { index.pairings(ofMentee: $0.id) }.map(\.id))
        let answers = facts.surveys.filter { pairings.contains($0.pairing) && filter.period.contains($0.answeredAt) }
        satisfied = Self.share(answers.filter { $0.score >= 4 }.count, of: answers.count)
    }

    /// `part` of `whole` in percent, when the privacy engine lets both be shown.
    static func share(_ part: Int, of whole: Int) -> Double? {
        let table = PrivacyEngine.suppress(CountTable(rows: ["all"], columns: ["part"], counts: [[part]], population: [whole]))
        return InsightTable.percent(table.counts[0][0], of: table.population[0])
    }
}
