import MentorCore
import MentorTesting
import Testing

/// On random organisations, everything the pages of a grid show (the unfiltered page both ways and the page for every
/// filter a reader can add) is given to a reader who knows the totals; it must not be able to size any group of 1–4.
extension PrivacyRules {
    static func isSmallForTests(_ people: Int) -> Bool { people > 0 && people < minimumGroup }
}

@Suite struct PrivacyPropertyTests {
    /// A random organisation: two attributes, one or two yes/no columns, people spread unevenly so small cells occur.
    struct Organisation {
        var people: [[Int]]
        var counts: [[[Int]]]  // [filter][row][column]
        var grid: CountGrid

        init(using random: inout SeededGenerator, size: ClosedRange<Int>, filterValues: ClosedRange<Int>, rowValues: ClosedRange<Int>) {
            let filters = Int.random(in: filterValues, using: &random), rows = Int.random(in: rowValues, using: &random)
            let columns = Int.random(in: 1...2, using: &random)
            let filterWeights = (0..<filters).map { _ in Double.random(in: 0.05...1, using: &random) }
            let rowWeights = (0..<rows).map { _ in Double.random(in: 0.05...1, using: &random) }
            let rates = (0..<columns).map { _ in [0.05, 0.3, 0.5, 0.8, 0.97].randomElement(using: &random)! }
            people = Array(repeating: Array(repeating: 0, count: rows), count: filters)
            counts = Array(repeating: Array(repeating: Array(repeating: 0, count: columns), count: rows), count: filters)
            func pick(_ weights: [Double]) -> Int {
                var point = Double.random(in: 0..<weights.reduce(0, +), using: &random)
                for (index, weight) in weights.enumerated() {
                    point -= weight
                    if point < 0 { return index }
                }
                return weights.count - 1
            }
            for _ in 0..<Int.random(in: size, using: &random) {
                let filter = pick(filterWeights), row = pick(rowWeights)
                people[filter][row] += 1
                for column in 0..<columns where Double.random(in: 0..<1, using: &random) < rates[column] { counts[filter][row][column] += 1 }
            }
            grid = CountGrid(
                filters: (0..<filters).map { "f\($0)" }, rows: (0..<rows).map { "r\($0)" }, columns: (0..<columns).map { "c\($0)" },
                counts: counts, population: people
            )
        }

        var total: Int { people.joined().reduce(0, +) }
        var columnTotals: [Int] { grid.overall.columnTotals }
        /// `counts` by column first, as the adversary reads them.
        var countsByColumn: [[[Int]]] { grid.columns.indices.map { column in counts.map { $0.map { $0[column] } } } }
    }

    @Test func noReaderOfEveryPageCanSizeAGroupOfFewerThanFiveInSmallOrganisations() {
        var random = SeededGenerator(seed: 2026)
        var checked = 0, hidden = 0, shown = 0
        // Organisations where the search ran out of steps without either finding a second size or proving none.
        var undecided: [String] = []
        for index in 0..<300 {
            let org = Organisation(using: &random, size: 8...30, filterValues: 2...4, rowValues: 2...4)
            let published = PrivacyEngine.suppress(org.grid)
            let adversary = PrivacyAdversary(published, total: org.total, columnTotals: org.columnTotals)
            #expect(adversary.contradictions.isEmpty, "org \(index): pages disagree on \(adversary.contradictions)")
            switch adversary.attack(people: org.people, counts: org.countsByColumn) {
            case .safe: break
            case .pinned(let groups): Issue.record("org \(index): \(org.grid) → pinned \(groups)")
            case .undecided(let groups): undecided.append("org \(index): \(groups)")
            }
            checked += 1
            // Of the cells no rule hides for their own sake, how many the audit had to hide as well.
            for filter in org.grid.filters.indices {
                guard let page = try? published.filtered(filter) else { continue }
                for row in org.grid.rows.indices where !PrivacyRules.isSmallForTests(org.people[filter][row]) {
                    for column in org.grid.columns.indices {
                        let count = org.counts[filter][row][column]
                        guard !PrivacyRules.isSmallForTests(count), !PrivacyRules.isSmallForTests(org.people[filter][row] - count) else { continue }
                        if page.counts[row][column] == nil { hidden += 1 } else { shown += 1 }
                    }
                }
            }
        }
        #expect(checked == 300)
        #expect(undecided.count <= 2, "\(undecided)")
        // Small organisations have few such cells, each with many small neighbours to protect.
        #expect(shown * 3 > shown + hidden, "of the cells no rule hides for their own sake, a third stay shown: \(shown) shown, \(hidden) hidden")
    }

    /// What one page's totals tell about each of its hidden counts, column by column: the interval between what the
    /// other hidden cells can hold at most and what is left. `nil` where the page does not show a total.
    static func intervals(_ page: SuppressedTable) -> [[ClosedRange<Int>?]] {
        let hiddenPeople = page.totalPopulation.map { $0 - page.population.compactMap { $0 }.reduce(0, +) }
        return page.rows.indices.map { row in
            page.columns.indices.map { column in
                guard page.counts[row][column] == nil, let total = page.columnTotals[column] else { return nil }
                let left = total - page.counts.compactMap { $0[column] }.reduce(0, +)
                let ceiling = { (other: Int) in page.population[other] ?? hiddenPeople ?? Int.max / 4 }
                let others = page.rows.indices.filter { $0 != row && page.counts[$0][column] == nil }.reduce(0) { $0 + ceiling($1) }
                return max(0, left - others)...max(0, min(ceiling(row), left))
            }
        }
    }

    @Test func noPageOfALargeOrganisationPinsAHiddenCellByItsTotals() {
        var random = SeededGenerator(seed: 7)
        var shown = 0, eligible = 0
        for index in 0..<12 {
            let org = Organisation(using: &random, size: 1000...5000, filterValues: 3...8, rowValues: 3...10)
            let published = PrivacyEngine.suppress(org.grid)
            for (name, page) in [("overall", published.overall), ("by filter", published.byFilter)] {
                for (row, cells) in Self.intervals(page).enumerated() {
                    for case let interval? in cells {
                        #expect(interval.count > 1 || !PrivacyRules.isSmallForTests(interval.lowerBound), "org \(index) \(name) row \(row): \(interval)")
                    }
                }
            }
            // A cell is on two filtered pages, one each way: the reader intersects what both say.
            var known: [[[ClosedRange<Int>]]] = org.people.map { $0.map { _ in org.grid.columns.map { _ in 0...Int.max / 4 } } }
            for filter in org.grid.filters.indices {
                guard let page = try? published.filtered(filter) else { continue }
                for (row, cells) in Self.intervals(page).enumerated() {
                    for (column, interval) in cells.enumerated() {
                        if let interval { known[filter][row][column] = known[filter][row][column].clamped(to: interval) }
                    }
                }
            }
            for row in org.grid.rows.indices {
                guard let page = try? published.filtered(row: row) else { continue }
                for (filter, cells) in Self.intervals(page).enumerated() {
                    for (column, interval) in cells.enumerated() {
                        if let interval { known[filter][row][column] = known[filter][row][column].clamped(to: interval) }
                    }
                }
            }
            for filter in org.grid.filters.indices {
                let page = try? published.filtered(filter)
                for row in org.grid.rows.indices {
                    let people = org.people[filter][row]
                    for column in org.grid.columns.indices {
                        let count = org.counts[filter][row][column], cell = page?.counts[row][column] ?? nil
                        if cell == nil {
                            let interval = known[filter][row][column]
                            #expect(interval.contains(count), "org \(index): the truth is consistent")
                            #expect(interval.count > 1 || !PrivacyRules.isSmallForTests(count), "org \(index) cell \(filter),\(row),\(column): \(interval)")
                        }
                        if !PrivacyRules.isSmallForTests(people) && !PrivacyRules.isSmallForTests(count) && !PrivacyRules.isSmallForTests(people - count) {
                            eligible += 1
                            if cell != nil { shown += 1 }
                        }
                    }
                }
            }
        }
        // Large organisations keep almost every cell no rule hides for its own sake.
        #expect(shown * 10 >= eligible * 8, "\(shown) of \(eligible) shown")
    }
}
