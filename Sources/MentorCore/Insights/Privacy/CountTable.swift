/// A table of people counts by group, before anything is hidden.
public struct CountTable: Sendable, Equatable {
    /// Disjoint groups of the population shown: sites, functions, career stages…
    public var rows: [String]
    /// Counts of people within each row's group: members, mentors, matched…
    public var columns: [String]
    /// `counts[row][column]`, each between 0 and the row's population.
    public var counts: [[Int]]
    /// People in each row's group.
    public var population: [Int]

    public init(rows: [String], columns: [String], counts: [[Int]], population: [Int]) {
        self.rows = rows
        self.columns = columns
        self.counts = counts
        self.population = population
    }

    /// Column totals over every row.
    public var columnTotals: [Int] { columns.indices.map { column in counts.reduce(0) { $0 + $1[column] } } }
    /// People over every row.
    public var totalPopulation: Int { population.reduce(0, +) }
}
