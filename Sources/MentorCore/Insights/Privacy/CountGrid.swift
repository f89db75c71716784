/// People counts by two attributes at once, before anything is hidden: everything a page grouped by one attribute
/// publishes when a reader may also filter it by each value of the other.
///
/// Filtered pages are suppressed together, not one by one: a reader who opens the page for every filter value can
/// subtract their rows from the unfiltered page's, and no single page knows what the others showed.
public struct CountGrid: Sendable, Equatable {
    /// Values of the attribute a reader can filter by: sites, functions…
    public var filters: [String]
    /// Values of the attribute the page groups by.
    public var rows: [String]
    /// Counts of people within each cell: members, mentors, matched…
    public var columns: [String]
    /// `counts[filter][row][column]`, each between 0 and the cell's population.
    public var counts: [[[Int]]]
    /// `population[filter][row]`: people with both values.
    public var population: [[Int]]

    public init(filters: [String], rows: [String], columns: [String], counts: [[[Int]]], population: [[Int]]) {
        self.filters = filters
        self.rows = rows
        self.columns = columns
        self.counts = counts
        self.population = population
    }

    /// The unfiltered page: everyone, by row.
    public var overall: CountTable {
        CountTable(
            rows: rows, columns: columns,
            counts: rows.indices.map { row in columns.indices.map { column in filters.indices.reduce(0) { $0 + counts[$1][row][column] } } },
            population: rows.indices.map { row in filters.indices.reduce(0) { $0 + population[$1][row] } }
        )
    }

    /// Everyone, by filter value.
    public var byFilter: CountTable {
        CountTable(
            rows: filters, columns: columns,
            counts: filters.indices.map { filter in columns.indices.map { column in rows.indices.reduce(0) { $0 + counts[filter][$1][column] } } },
            population: filters.indices.map { population[$0].reduce(0, +) }
        )
    }
}

/// A grid as it may be shown: the unfiltered tables, and each filtered one unless its filter is refused.
public struct SuppressedGrid: Sendable, Equatable {
    /// Everyone, by row: the same as ``PrivacyEngine/suppress(_:remainder:)`` gives for ``CountGrid/overall``.
    public var overall: SuppressedTable
    /// Everyone, by filter value: the same as ``PrivacyEngine/suppress(_:remainder:)`` gives for ``CountGrid/byFilter``.
    public var byFilter: SuppressedTable
    /// `cells[filter][row][column]`, nil where hidden; a cell shows on both filtered pages it belongs to.
    var cells: [[[Int?]]]
    var people: [[Int?]]
    /// Filter refusals, by filter value and by row value (the page transposed).
    var filterRefusals: [PrivacyRefusal?]
    var rowRefusals: [PrivacyRefusal?]

    /// The page grouped by row for the people with `filters[filter]`.
    public func filtered(_ filter: Int) throws(PrivacyRefusal) -> SuppressedTable {
        if let refusal = filterRefusals[filter] { throw refusal }
        return SuppressedTable(
            rows: overall.rows, columns: overall.columns, counts: cells[filter], population: people[filter],
            columnTotals: byFilter.counts[filter], totalPopulation: byFilter.population[filter]
        )
    }

    /// The page grouped by filter value for the people with `rows[row]`: the same cells, read the other way.
    public func filtered(row: Int) throws(PrivacyRefusal) -> SuppressedTable {
        if let refusal = rowRefusals[row] { throw refusal }
        return SuppressedTable(
            rows: byFilter.rows, columns: overall.columns, counts: cells.map { $0[row] }, population: people.map { $0[row] },
            columnTotals: overall.counts[row], totalPopulation: overall.population[row]
        )
    }
}
