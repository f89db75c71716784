/// The one place that decides which aggregates may be shown.
public enum PrivacyEngine {
    /// `table` with every number hidden that could single out fewer than ``PrivacyRules/minimumGroup`` people: directly,
    /// as the rest of its row's population, or by subtraction from row, column or grand totals. `remainder`, when a
    /// filter is applied, is the same table for the people the filter left out (its numbers are derivable from the
    /// unfiltered view, so a cell is hidden when its remainder cell would single someone out too).
    public static func suppress(_ table: CountTable, remainder: CountTable? = nil) -> SuppressedTable {
        var hiddenRows = Set<Int>()
        var hiddenCells = Set<[Int]>()
        let small = PrivacyRules.isSmall
        for (row, people) in table.population.enumerated() {
            let left = remainder?.population[row] ?? 0
            if small(people) || small(left) { hiddenRows.insert(row) }
            for column in table.columns.indices {
                let count = table.counts[row][column], leftCount = remainder?.counts[row][column] ?? 0
                if small(count) || small(people - count) || small(leftCount) || small(left - leftCount) { hiddenCells.insert([row, column]) }
            }
        }
        for row in hiddenRows { for column in table.columns.indices { hiddenCells.insert([row, column]) } }
        // A lone hidden number next to a shown total is the total minus the rest: hide the smallest other one too.
        if hiddenRows.count == 1, let extra = table.rows.indices.filter({ !hiddenRows.contains($0) }).min(by: { table.population[$0] < table.population[$1] }) {
            hiddenRows.insert(extra)
            for column in table.columns.indices { hiddenCells.insert([extra, column]) }
        }
        for column in table.columns.indices {
            let hidden = table.rows.indices.filter { hiddenCells.contains([$0, column]) }
            if hidden.count == 1, let extra = table.rows.indices.filter({ !hiddenCells.contains([$0, column]) }).min(by: { table.counts[$0][column] < table.counts[$1][column] }) {
                hiddenCells.insert([extra, column])
            }
        }
        return SuppressedTable(
            rows: table.rows, columns: table.columns,
            counts: table.rows.indices.map { row in table.columns.indices.map { hiddenCells.contains([row, $0]) ? nil : table.counts[row][$0] } },
            population: table.rows.indices.map { hiddenRows.contains($0) ? nil : table.population[$0] },
            columnTotals: table.columnTotals.map(Optional.some), totalPopulation: table.totalPopulation
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
