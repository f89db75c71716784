/// A table as it may be shown: nil wherever a number is hidden.
public struct SuppressedTable: Sendable, Equatable {
    public var rows: [String]
    public var columns: [String]
    /// `counts[row][column]`, nil where hidden.
    public var counts: [[Int?]]
    /// People in each row's group, nil where the row is hidden whole.
    public var population: [Int?]
    /// Over all rows, hidden rows included.
    public var columnTotals: [Int?]
    public var totalPopulation: Int?

    public init(rows: [String], columns: [String], counts: [[Int?]], population: [Int?], columnTotals: [Int?], totalPopulation: Int?) {
        self.rows = rows
        self.columns = columns
        self.counts = counts
        self.population = population
        self.columnTotals = columnTotals
        self.totalPopulation = totalPopulation
    }

    /// How many rows are hidden whole.
    public var hiddenRows: Int { population.filter { $0 == nil }.count }
}
