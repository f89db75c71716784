import Foundation

/// The people a viewer's page counts: those the viewer's scope covers, kept by the filter, still in the directory at
/// the period's end. Pairings, requests and offers count when their mentee (or, for supply, their mentor) is one of them.
public struct InsightPopulation: Sendable {
    /// Everyone the scope covers, before the filter: what a filter's remainder is measured against.
    public let scoped: [PersonFact]
    /// The people the filter keeps.
    public let people: [PersonFact]
    public let ids: Set<PersonID>
    /// Everyone a reporting-line scope covers, people who left included (whom retention follows); nil for a scope
    /// that covers everyone.
    let line: Set<PersonID>?

    /// Whether the scope covers `person`, whether or not they are still employed.
    public func inScope(_ person: PersonID) -> Bool { line?.contains(person) ?? true }

    let filter: InsightFilter

    public init(facts: InsightFacts, scope: InsightScope, filter: InsightFilter) {
        self.filter = filter
        let inDirectory = facts.people.filter { $0.status == .active }
        switch scope {
        case .everything, .aggregates:
            scoped = inDirectory
            line = nil
        case .reportingLine(let manager):
            let reports = Self.reportingLine(of: manager, in: facts.people)
            scoped = inDirectory.filter { reports.contains($0.id) }
            line = reports
        }
        people = filter.narrowsPeople ? scoped.filter(filter.keeps) : scoped
        ids = Set(people.map(\.id))
    }

    /// Everyone who reports to `manager`, directly or through others.
    public static func reportingLine(of manager: PersonID, in people: [PersonFact]) -> Set<PersonID> {
        var reports: [PersonID: [PersonID]] = [:]
        for person in people { if let boss = person.manager { reports[boss, default: []].append(person.id) } }
        var line: Set<PersonID> = []
        var queue = reports[manager] ?? []
        while let next = queue.popLast() {
            guard line.insert(next).inserted else { continue }
            queue += reports[next] ?? []
        }
        return line
    }

    /// The people who are not kept by the filter but are in scope: the remainder the privacy engine checks.
    public var remainder: [PersonFact] {
        scoped.filter { !filter.keeps($0) }
    }
}
