/// The one place that decides which aggregates may be shown.
///
/// The reader it guards against sees every published number (cells, row populations, column totals, the grand total)
/// of a page and of every page one filter away, knows the organisation's totals, and may add and subtract them at
/// will. It must never learn the exact size of a group of 1–4 people: a row, a filter value, both, the rest of any of
/// them, or the people of such a group inside or outside a column. Zero may be shown: it describes nobody.
///
/// Hiding happens in two passes. Primary suppression hides each count that describes 1–4 people, directly or as the
/// rest of its row, and each row of 1–4 people whole. Complementary suppression then audits the whole family of
/// published numbers as one system of sums (see ``LinkedTables``) and, while some small group can still be worked out,
/// hides the smallest further number that gives it a second possible size, so tables stay as full as they can.
/// Numbers the shown ones determine anyway are shown again.
public enum PrivacyEngine {
    /// `table` with every number hidden that could single out fewer than ``PrivacyRules/minimumGroup`` people: directly,
    /// as the rest of its row's population, or by subtraction from row, column or grand totals. `remainder`, when a
    /// filter is applied, is the same table for the people the filter left out (its numbers are derivable from the
    /// unfiltered view, so a cell is hidden when its remainder cell would single someone out too).
    ///
    /// Without a remainder the table describes everyone the reader may see, so its totals are shown: they are known.
    /// With one, the unfiltered table is suppressed as it would be on its own page, and the filtered table is audited
    /// against it. A page that offers many filters should use ``suppress(_:)-(CountGrid)`` instead: each filtered page
    /// suppressed on its own cannot know what its siblings show.
    public static func suppress(_ table: CountTable, remainder: CountTable? = nil) -> SuppressedTable {
        let layers = table.columns.count + 1
        guard let remainder else {
            var tables = LinkedTables(
                counts: [table.counts], population: [table.population], columns: table.columns.count,
                mirrored: true, filterSideIsFilter: false, rowSideIsFilter: true
            )
            for layer in 0..<layers { tables.status[layer][0][table.rows.count] = .fixedShown }
            tables.audit()
            return tables.table(filter: 0, rows: table.rows, columns: table.columns)
        }
        let unfiltered = CountTable(
            rows: table.rows, columns: table.columns,
            counts: zip(table.counts, remainder.counts).map { zip($0, $1).map { $0 + $1 } },
            population: zip(table.population, remainder.population).map { $0 + $1 }
        )
        var tables = LinkedTables(
            counts: [table.counts, remainder.counts], population: [table.population, remainder.population],
            columns: table.columns.count, mirrored: false, filterSideIsFilter: true, rowSideIsFilter: true
        )
        tables.fix(rowTotals: suppress(unfiltered))
        for layer in 0..<layers {
            for row in 0...table.rows.count { tables.status[layer][1][row] = .fixedHidden }
        }
        tables.audit()
        return tables.table(filter: 0, rows: table.rows, columns: table.columns)
    }

    /// Every table of `grid` as it may be shown: the unfiltered page by row and by filter value, and the page for each
    /// filter value, both ways. Each unfiltered table is suppressed exactly as on its own, so pages agree; the cells are
    /// then audited against both, once for all filtered pages.
    public static func suppress(_ grid: CountGrid) -> SuppressedGrid {
        let overall = suppress(grid.overall), byFilter = suppress(grid.byFilter)
        let total = grid.overall.totalPopulation
        let refusal = { (people: Int) -> PrivacyRefusal? in
            do throws(PrivacyRefusal) { try checkFilter(selected: people, total: total) } catch { return error }
            return nil
        }
        let filterRefusals = grid.byFilter.population.map(refusal), rowRefusals = grid.overall.population.map(refusal)
        var tables = LinkedTables(
            counts: grid.counts, population: grid.population, columns: grid.columns.count,
            mirrored: false, filterSideIsFilter: true, rowSideIsFilter: true
        )
        tables.fix(rowTotals: overall)
        tables.fix(filterTotals: byFilter)
        for filter in grid.filters.indices {
            for row in grid.rows.indices where filterRefusals[filter] != nil && rowRefusals[row] != nil {
                for layer in 0...grid.columns.count { tables.status[layer][filter][row] = .fixedHidden }
            }
        }
        tables.audit()
        let shown = { (layer: Int, filter: Int, row: Int) -> Int? in
            tables.isHidden(.init(layer: layer, filter: filter, row: row)) ? nil : tables.value[layer][filter][row]
        }
        return SuppressedGrid(
            overall: overall, byFilter: byFilter,
            cells: grid.filters.indices.map { filter in grid.rows.indices.map { row in grid.columns.indices.map { shown($0 + 1, filter, row) } } },
            people: grid.filters.indices.map { filter in grid.rows.indices.map { shown(0, filter, $0) } },
            filterRefusals: filterRefusals, rowRefusals: rowRefusals
        )
    }

    /// Whether an average, median or rate computed over `people` may be shown.
    public static func showsMeasure(over people: Int) -> Bool { people >= PrivacyRules.minimumGroup }

    /// Whether free text written by a group of `people` may be shown.
    public static func showsFreeText(fromGroupOf people: Int) -> Bool { people >= PrivacyRules.minimumFreeTextGroup }

    /// Refuses a filter that selects fewer than the minimum, or leaves fewer than the minimum outside it
    /// (a filter that selects everyone, or no one, leaves nothing to single out and is allowed).
    public static func checkFilter(selected: Int, total: Int) throws(PrivacyRefusal) {
        if PrivacyRules.isSmall(selected) { throw PrivacyRefusal(reason: .tooFewSelected) }
        if PrivacyRules.isSmall(total - selected) { throw PrivacyRefusal(reason: .tooFewLeftOut) }
    }
}

extension LinkedTables {
    /// Takes the row totals as the unfiltered page by row shows them.
    mutating func fix(rowTotals table: SuppressedTable) {
        for row in table.rows.indices {
            status[0][filters][row] = table.population[row] == nil ? .fixedHidden : .fixedShown
            for column in table.columns.indices { status[column + 1][filters][row] = table.counts[row][column] == nil ? .fixedHidden : .fixedShown }
        }
    }

    /// Takes the totals by filter value as the unfiltered page by filter value shows them.
    mutating func fix(filterTotals table: SuppressedTable) {
        for filter in table.rows.indices {
            status[0][filter][rows] = table.population[filter] == nil ? .fixedHidden : .fixedShown
            for column in table.columns.indices { status[column + 1][filter][rows] = table.counts[filter][column] == nil ? .fixedHidden : .fixedShown }
        }
    }

    /// Filter row `filter` as a table, with its totals.
    func table(filter: Int, rows names: [String], columns: [String]) -> SuppressedTable {
        let shown = { (layer: Int, row: Int) -> Int? in isHidden(.init(layer: layer, filter: filter, row: row)) ? nil : value[layer][filter][row] }
        return SuppressedTable(
            rows: names, columns: columns,
            counts: names.indices.map { row in columns.indices.map { shown($0 + 1, row) } },
            population: names.indices.map { shown(0, $0) },
            columnTotals: columns.indices.map { shown($0 + 1, rows) }, totalPopulation: shown(0, rows)
        )
    }
}
