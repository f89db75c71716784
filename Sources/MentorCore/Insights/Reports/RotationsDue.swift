import Foundation

/// Pairings past their planned end that are still running, by program: the rotations a program manager should run.
public struct RotationsDue: Sendable, Equatable {
    public var table: InsightTable

    public init(facts: InsightFacts, population: InsightPopulation, filter: InsightFilter, now: Date) {
        let due = facts.pairings.filter {
            population.ids.contains($0.mentee) && filter.keeps(program: $0.program) && $0.isActive(at: now) && $0.plannedEnd <= now
        }
        let running = facts.pairings.filter { population.ids.contains($0.mentee) && filter.keeps(program: $0.program) && $0.isActive(at: now) }
        let programs = Set(running.map(\.program)).sorted()
        let rows = programs.map { program in [running.filter { $0.program == program }.count, due.filter { $0.program == program }.count] }
        table = InsightTable(
            id: "rounds-rotations", chart: .bar,
            counts: PrivacyEngine.suppress(CountTable(rows: programs, columns: ["running", "past-planned-end"], counts: rows, population: rows.map { $0[0] }))
        )
    }
}
