import MentorCore

/// A reader who has every page of a grid (the unfiltered ones and each filtered one, both ways), knows the
/// organisation's totals and which filters were refused, and tries every organisation consistent with all of it.
///
/// An organisation is a count of people for each combination of the two attributes and the columns' flags. No
/// published number involves two columns at once, and any pair of counts up to a cell's population can be made of
/// such people, so trying every population per cell and then every count per cell and column tries every
/// organisation there is.
struct PrivacyAdversary {
    let filters: Int, rows: Int, columns: Int
    let total: Int
    let columnTotals: [Int]
    /// What the pages show, merged: nil where no page shows it.
    var people: [[Int?]]
    var counts: [[[Int?]]]  // [column][filter][row]
    var peopleByFilter: [Int?], peopleByRow: [Int?]
    var countsByFilter: [[Int?]], countsByRow: [[Int?]]  // [column][…]
    var filterRefused: [Bool], rowRefused: [Bool]
    /// Pages that showed one number two ways.
    var contradictions: [String] = []

    /// Reads every page of `published`; `total` and `columnTotals` are the organisation's, known to everyone.
    init(_ published: SuppressedGrid, total: Int, columnTotals: [Int]) {
        filters = published.byFilter.rows.count
        rows = published.overall.rows.count
        columns = published.overall.columns.count
        self.total = total
        self.columnTotals = columnTotals
        people = Array(repeating: Array(repeating: nil, count: rows), count: filters)
        counts = Array(repeating: people, count: columns)
        peopleByFilter = Array(repeating: nil, count: filters)
        peopleByRow = Array(repeating: nil, count: rows)
        countsByFilter = Array(repeating: peopleByFilter, count: columns)
        countsByRow = Array(repeating: peopleByRow, count: columns)
        filterRefused = Array(repeating: false, count: filters)
        rowRefused = Array(repeating: false, count: rows)
        var found: [String] = []
        func learn(_ known: inout Int?, _ shown: Int?, _ what: String) {
            guard let shown else { return }
            if let known, known != shown { found.append(what) }
            known = shown
        }
        for row in 0..<rows {
            learn(&peopleByRow[row], published.overall.population[row], "people of row \(row)")
            for column in 0..<columns { learn(&countsByRow[column][row], published.overall.counts[row][column], "row \(row) column \(column)") }
        }
        for filter in 0..<filters {
            learn(&peopleByFilter[filter], published.byFilter.population[filter], "people of filter \(filter)")
            for column in 0..<columns { learn(&countsByFilter[column][filter], published.byFilter.counts[filter][column], "filter \(filter) column \(column)") }
        }
        for column in 0..<columns {
            if let shown = published.overall.columnTotals[column], shown != columnTotals[column] { found.append("column total \(column)") }
        }
        for filter in 0..<filters {
            do {
                let page = try published.filtered(filter)
                learn(&peopleByFilter[filter], page.totalPopulation, "people of filter \(filter) on its page")
                for row in 0..<rows {
                    learn(&people[filter][row], page.population[row], "people \(filter),\(row)")
                    for column in 0..<columns { learn(&counts[column][filter][row], page.counts[row][column], "cell \(filter),\(row),\(column)") }
                }
                for column in 0..<columns { learn(&countsByFilter[column][filter], page.columnTotals[column], "filter \(filter) column \(column) on its page") }
            } catch { filterRefused[filter] = true }
        }
        for row in 0..<rows {
            do {
                let page = try published.filtered(row: row)
                learn(&peopleByRow[row], page.totalPopulation, "people of row \(row) on its page")
                for filter in 0..<filters {
                    learn(&people[filter][row], page.population[filter], "people \(filter),\(row) transposed")
                    for column in 0..<columns { learn(&counts[column][filter][row], page.counts[filter][column], "cell \(filter),\(row),\(column) transposed") }
                }
                for column in 0..<columns { learn(&countsByRow[column][row], page.columnTotals[column], "row \(row) column \(column) on its page") }
            } catch { rowRefused[row] = true }
        }
        contradictions = found
    }


    // MARK: Groups

    /// A set of people the reader must not size exactly when it holds 1–4: filter values × rows, inside a column,
    /// outside it, or everyone (`column == nil`).
    struct Group: Hashable, CustomStringConvertible {
        var filters: [Int], rows: [Int]
        var column: Int?
        var outside: Bool
        var description: String { "filters \(filters) × rows \(rows) \(column.map { (outside ? "not in" : "in") + " column \($0)" } ?? "everyone")" }

        func size(people: [[Int]], counts: [[[Int]]]) -> Int {
            var sum = 0
            for filter in filters {
                for row in rows {
                    guard let column else { sum += people[filter][row]; continue }
                    sum += outside ? people[filter][row] - counts[column][filter][row] : counts[column][filter][row]
                }
            }
            return sum
        }
    }

    static func sides(_ count: Int) -> [[Int]] {
        var sides: [[Int]] = []
        let all = Array(0..<count)
        for index in all {
            for side in [[index], all.filter { $0 != index }] where !side.isEmpty && !sides.contains(side) { sides.append(side) }
        }
        if !sides.contains(all) { sides.append(all) }
        return sides
    }

    func groups() -> [Group] {
        var groups: [Group] = []
        for filterSide in Self.sides(filters) {
            for rowSide in Self.sides(rows) where !(filterSide.count == filters && rowSide.count == rows) {
                groups.append(Group(filters: filterSide, rows: rowSide, column: nil, outside: false))
                for column in 0..<columns {
                    groups.append(Group(filters: filterSide, rows: rowSide, column: column, outside: false))
                    groups.append(Group(filters: filterSide, rows: rowSide, column: column, outside: true))
                }
            }
        }
        return groups
    }

    // MARK: The search

    enum Verdict: Equatable {
        /// Every small group has two sizes consistent with the pages.
        case safe
        /// These groups of 1–4 have one size in every consistent organisation.
        case pinned([String])
        /// The search gave up after too many steps.
        case undecided([String])
    }

    /// Where a cell's population (layer 0) or count of column `layer - 1` sits in an organisation's flat numbers.
    func index(_ layer: Int, _ filter: Int, _ row: Int) -> Int { (layer * filters + filter) * rows + row }

    /// A sum of cells the pages show or the reader knows, or a filter's refusal, which tells the reader on which side
    /// of the minimum its population lies.
    struct Constraint {
        var cells: [Int]
        var sum: Int?
        var refused: Bool?
    }

    var constraints: [Constraint] {
        var constraints: [Constraint] = []
        for layer in 0...columns {
            let byFilter = layer == 0 ? peopleByFilter : countsByFilter[layer - 1], byRow = layer == 0 ? peopleByRow : countsByRow[layer - 1]
            for filter in 0..<filters {
                constraints.append(Constraint(cells: (0..<rows).map { index(layer, filter, $0) }, sum: byFilter[filter], refused: layer == 0 ? filterRefused[filter] : nil))
            }
            for row in 0..<rows {
                constraints.append(Constraint(cells: (0..<filters).map { index(layer, $0, row) }, sum: byRow[row], refused: layer == 0 ? rowRefused[row] : nil))
            }
            let all = (0..<filters).flatMap { filter in (0..<rows).map { index(layer, filter, $0) } }
            let grand = layer == 0 ? total : columnTotals[layer - 1]
            constraints.append(Constraint(cells: all, sum: grand, refused: nil))
            // The filter values (and rows) whose totals are hidden hold what the shown ones leave of the grand total.
            let hiddenFilters = (0..<filters).filter { byFilter[$0] == nil }, hiddenRows = (0..<rows).filter { byRow[$0] == nil }
            constraints.append(Constraint(
                cells: hiddenFilters.flatMap { filter in (0..<rows).map { index(layer, filter, $0) } },
                sum: grand - byFilter.compactMap { $0 }.reduce(0, +), refused: nil
            ))
            constraints.append(Constraint(
                cells: hiddenRows.flatMap { row in (0..<filters).map { index(layer, $0, row) } },
                sum: grand - byRow.compactMap { $0 }.reduce(0, +), refused: nil
            ))
        }
        return constraints
    }

    /// The size of `group` in the flat numbers of an organisation.
    func size(of group: Group, in numbers: [Int]) -> Int {
        var sum = 0
        for filter in group.filters {
            for row in group.rows {
                guard let column = group.column else { sum += numbers[index(0, filter, row)]; continue }
                let count = numbers[index(column + 1, filter, row)]
                sum += group.outside ? numbers[index(0, filter, row)] - count : count
            }
        }
        return sum
    }

    func cells(of group: Group) -> [Int] {
        group.filters.flatMap { filter in
            group.rows.flatMap { row in
                [index(0, filter, row)] + (group.column.map { [index($0 + 1, filter, row)] } ?? [])
            }
        }
    }

    /// For each group of 1–4 people in the truth, looks for an organisation consistent with every page in which it
    /// has another size: the group's own cells first, each value tried nearest the truth first. A group with no such
    /// organisation is pinned. A group as large as the organisation's total of its kind is left out: the reader knows
    /// that total anyway.
    func attack(people truthPeople: [[Int]], counts truthCounts: [[[Int]]], budget: Int = 40_000) -> Verdict {
        var truth = Array(repeating: 0, count: (columns + 1) * filters * rows)
        for filter in 0..<filters {
            for row in 0..<rows {
                truth[index(0, filter, row)] = truthPeople[filter][row]
                for column in 0..<columns { truth[index(column + 1, filter, row)] = truthCounts[column][filter][row] }
            }
        }
        var pending: [Group: Int] = [:]
        for group in groups() {
            let size = size(of: group, in: truth)
            let whole = group.column.map { group.outside ? total - columnTotals[$0] : columnTotals[$0] } ?? total
            if size > 0 && size < PrivacyRules.minimumGroup && size != whole { pending[group] = size }
        }
        var known = Array(repeating: false, count: truth.count)
        for filter in 0..<filters {
            for row in 0..<rows {
                known[index(0, filter, row)] = people[filter][row] != nil
                for column in 0..<columns { known[index(column + 1, filter, row)] = counts[column][filter][row] != nil }
            }
        }
        let constraints = self.constraints
        var pinned: [String] = [], undecided: [String] = []
        while let (group, size) = pending.min(by: { "\($0.key)" < "\($1.key)" }) {
            let found = search(truth: truth, known: known, constraints: constraints, first: cells(of: group), budget: budget) { numbers in
                self.size(of: group, in: numbers) != size
            }
            switch found {
            case .found(let numbers):
                for (other, otherSize) in pending where self.size(of: other, in: numbers) != otherSize { pending[other] = nil }
            case .none: pinned.append("\(group) = \(size)"); pending[group] = nil
            case .gaveUp: undecided.append("\(group) = \(size)"); pending[group] = nil
            }
        }
        if !pinned.isEmpty { return .pinned(pinned) }
        return undecided.isEmpty ? .safe : .undecided(undecided)
    }

    enum Search { case found([Int]), none, gaveUp }

    /// Depth-first search for numbers consistent with `constraints` and the known cells, in which `wanted` holds once
    /// the cells in `first` are placed. Populations are placed before counts, so each count's ceiling is known; within
    /// each, the group's cells come first and then the cell with the fewest values left; a branch is given up as soon as
    /// some open cell has none.
    func search(truth: [Int], known: [Bool], constraints: [Constraint], first: [Int], budget: Int, wanted: ([Int]) -> Bool) -> Search {
        let layerSize = filters * rows
        let groupCells = Set(first)
        var numbers = truth
        var placed = known
        var sums = constraints.map { constraint in constraint.cells.reduce(0) { $0 + (known[$1] ? truth[$1] : 0) } }
        var open = constraints.map { constraint in constraint.cells.filter { !known[$0] }.count }
        var containing = Array(repeating: [Int](), count: truth.count)
        for (number, constraint) in constraints.enumerated() { for cell in constraint.cells { containing[cell].append(number) } }
        func satisfied(_ number: Int) -> Bool {
            let constraint = constraints[number]
            if let sum = constraint.sum, sums[number] != sum { return false }
            if let refused = constraint.refused, refuses(sums[number]) != refused { return false }
            return true
        }
        for number in constraints.indices where open[number] == 0 && !satisfied(number) { return .none }
        for cell in truth.indices where cell >= layerSize && known[cell] && known[cell % layerSize] && truth[cell] > truth[cell % layerSize] { return .none }
        func ceiling(_ cell: Int) -> Int { cell >= layerSize && placed[cell % layerSize] ? numbers[cell % layerSize] : total }
        /// The values an open cell can still take, from the sums it is part of.
        func range(_ cell: Int) -> ClosedRange<Int>? {
            var low = 0, high = ceiling(cell)
            if cell < layerSize {
                for layer in 1...max(columns, 1) where columns > 0 && placed[cell + layer * layerSize] { low = max(low, numbers[cell + layer * layerSize]) }
            }
            for number in containing[cell] {
                guard let sum = constraints[number].sum else { continue }
                let room = sum - sums[number]
                high = min(high, room)
                // What the other open cells of the sum can hold at most.
                let others = constraints[number].cells.reduce(0) { $0 + (!placed[$1] && $1 != cell ? ceiling($1) : 0) }
                low = max(low, room - others)
            }
            return low <= high ? low...high : nil
        }
        // A refusal is settled early when some sum holds exactly its open cells.
        let containers = constraints.indices.map { number in
            constraints[number].refused == nil ? [] : constraints.indices.filter { other in
                constraints[other].sum != nil && Set(constraints[number].cells).isSubset(of: constraints[other].cells)
            }
        }
        func refusalsHold() -> Bool {
            for number in constraints.indices where open[number] > 0 {
                guard let refused = constraints[number].refused else { continue }
                for other in containers[number] where open[other] == open[number] {
                    if refuses(sums[number] + constraints[other].sum! - sums[other]) != refused { return false }
                }
            }
            return true
        }
        var steps = 0
        var result = Search.none
        var groupOpen = groupCells.filter { !placed[$0] }.count
        if groupOpen == 0 && !wanted(numbers) { return .none }
        func place() -> Bool {
            steps += 1
            if steps > budget { result = .gaveUp; return true }
            guard refusalsHold() else { return false }
            var choice: (cell: Int, values: ClosedRange<Int>, rank: Int)?
            for cell in truth.indices where !placed[cell] {
                guard let values = range(cell) else { return false }
                // The group's populations, the other populations, the group's counts, the other counts.
                let rank = (cell < layerSize ? 0 : 2) + (groupCells.contains(cell) ? 0 : 1)
                if choice == nil || (rank, values.count) < (choice!.rank, choice!.values.count) { choice = (cell, values, rank) }
            }
            guard let (cell, values, _) = choice else {
                if wanted(numbers) { result = .found(numbers); return true }
                return false
            }
            let target = truth[cell]
            placed[cell] = true
            for number in containing[cell] { open[number] -= 1 }
            if groupCells.contains(cell) { groupOpen -= 1 }
            defer {
                placed[cell] = false
                for number in containing[cell] { open[number] += 1 }
                if groupCells.contains(cell) { groupOpen += 1 }
                numbers[cell] = truth[cell]
            }
            for value in values.sorted(by: { (abs($0 - target), $0) < (abs($1 - target), $1) }) {
                numbers[cell] = value
                for number in containing[cell] { sums[number] += value }
                let fits = containing[cell].allSatisfy { open[$0] > 0 || satisfied($0) } && (groupOpen > 0 || !groupCells.contains(cell) || wanted(numbers))
                if fits && place() { return true }
                for number in containing[cell] { sums[number] -= value }
            }
            return false
        }
        _ = place()
        return result
    }
}

extension PrivacyAdversary {
    /// Whether a filter of `selected` people out of everyone would be refused.
    func refuses(_ selected: Int) -> Bool {
        do throws(PrivacyRefusal) { try PrivacyEngine.checkFilter(selected: selected, total: total) } catch { return true }
        return false
    }
}
