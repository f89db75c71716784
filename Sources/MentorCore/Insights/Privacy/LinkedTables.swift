/// The numbers a family of tables publishes together, as one system of sums, and the audit that decides which of them
/// to hide.
///
/// The family is a grid of cells by filter value and row, its totals by filter value, its totals by row, and the
/// grand total, for the population (layer 0) and for each column (layers 1…). A page filtered by one value shows a
/// row of the grid with that value's totals; the unfiltered page shows the row totals. Looking at them one at a time
/// is not enough: a reader who has every page can subtract one from another, so the audit treats them as one system.
///
/// A number is safe to leave shown when every group of 1–4 people (a cell, a total, what is left of either once the
/// other is taken away, and the people of that group outside the column) has at least two sizes consistent with all
/// that is shown. The audit proves that with a witness: a cycle through the hidden numbers along which each can move
/// by one, up and down in turn, so every sum stays as published while the group changes. Writing the totals with a
/// minus sign makes every row and column of the grid sum to zero, and a move that keeps them so is such a cycle in the
/// bipartite graph of filter values and rows whose edges are the hidden numbers. A witness moves people of one kind
/// along the cycle (someone in some columns and not the others, so the population and those columns move together),
/// or moves one column's flag from someone in one cell to someone in the next (the population staying). The real
/// reader need not stick to such moves, so the audit can only err towards hiding more.
struct LinkedTables {
    /// Whether a number is the audit's to decide, or was decided elsewhere (by the table it also appears in, or
    /// because no page publishes it).
    enum Status: Equatable { case shown, hidden, fixedShown, fixedHidden }

    /// A number of the family: `filter == filters` is the totals side, `row == rows` the totals side.
    struct Number: Hashable { var layer: Int, filter: Int, row: Int }

    let filters: Int, rows: Int, layers: Int
    /// `value[layer][filter][row]`, totals included.
    let value: [[[Int]]]
    var status: [[[Status]]]
    /// A single table: its one filter row and the totals row are the same numbers.
    let mirrored: Bool
    /// Which sides are filters a reader can choose, whose refusal tells the reader whether they hold fewer than the
    /// minimum: a witness must not move a filter across that line.
    let filterSideIsFilter: Bool, rowSideIsFilter: Bool

    /// The family of `counts[filter][row][column]` over `population[filter][row]`, every number the audit's to decide.
    init(counts: [[[Int]]], population: [[Int]], columns: Int, mirrored: Bool, filterSideIsFilter: Bool, rowSideIsFilter: Bool) {
        let filters = population.count, rows = population.first?.count ?? 0
        self.filters = filters
        self.rows = rows
        self.layers = columns + 1
        self.mirrored = mirrored
        self.filterSideIsFilter = filterSideIsFilter
        self.rowSideIsFilter = rowSideIsFilter
        var value = [[[Int]]](repeating: [[Int]](repeating: [Int](repeating: 0, count: rows + 1), count: filters + 1), count: columns + 1)
        for layer in 0...columns {
            for filter in 0..<filters {
                for row in 0..<rows {
                    let cell = layer == 0 ? population[filter][row] : counts[filter][row][layer - 1]
                    value[layer][filter][row] = cell
                    value[layer][filter][rows] += cell
                    value[layer][filters][row] += cell
                    value[layer][filters][rows] += cell
                }
            }
        }
        self.value = value
        status = [[[Status]]](repeating: [[Status]](repeating: [Status](repeating: .shown, count: rows + 1), count: filters + 1), count: columns + 1)
        for layer in 0...columns { status[layer][filters][rows] = .fixedShown }
    }

    /// The number an edge of the graph stands for: in a single table the totals row repeats the table's row.
    func canonical(_ number: Number) -> Number {
        mirrored && number.filter == filters && number.row < rows ? Number(layer: number.layer, filter: 0, row: number.row) : number
    }

    func status(of number: Number) -> Status {
        let number = canonical(number)
        return status[number.layer][number.filter][number.row]
    }

    func value(of number: Number) -> Int { value[number.layer][number.filter][number.row] }

    func isHidden(_ number: Number) -> Bool { [.hidden, .fixedHidden].contains(status(of: number)) }

    mutating func set(_ number: Number, _ new: Status) {
        let number = canonical(number)
        status[number.layer][number.filter][number.row] = new
    }

    /// Hides a decidable number; numbers decided elsewhere keep their status.
    mutating func hide(_ number: Number) {
        if status(of: number) == .shown { set(number, .hidden) }
    }

    // MARK: The audit

    /// Hides the cells that describe 1–4 people, then, while some group of 1–4 people can be worked out, the smallest
    /// other number whose hiding gives it a second possible size; last, shows again every hidden number that the shown
    /// ones determine anyway, since hiding it protects no one and costs the reader.
    mutating func audit() {
        hidePrimary()
        var settled = Set<Group>()
        while let group = firstPinnedGroup(excluding: settled) {
            let candidates = (0..<layers).flatMap(decidableShown(in:)).sorted {
                ($0.layer == group.layer ? 0 : 1, value(of: $0), $0.layer, $0.filter, $0.row) < ($1.layer == group.layer ? 0 : 1, value(of: $1), $1.layer, $1.filter, $1.row)
            }
            if let fix = candidates.first(where: { candidate in
                var trial = self
                trial.set(candidate, .hidden)
                return !trial.isPinned(group)
            }) {
                set(fix, .hidden)
            } else if let near = candidates.first(where: { group.touches($0, filters: filters, rows: rows) }) ?? candidates.first {
                set(near, .hidden)
            } else {
                // Nothing the audit may hide would help: the numbers fixed elsewhere determine this group already.
                settled.insert(group)
            }
        }
        showDetermined()
    }

    /// A count or its row's rest between 1 and 4 is hidden; a row of 1–4 people is hidden whole.
    mutating func hidePrimary() {
        for filter in 0...filters {
            for row in 0...rows where !(filter == filters && row == rows) {
                let people = value[0][filter][row]
                let rowIsSmall = PrivacyRules.isSmall(people)
                for layer in 0..<layers {
                    let number = Number(layer: layer, filter: filter, row: row)
                    let count = value(of: number)
                    if rowIsSmall || (layer > 0 && (PrivacyRules.isSmall(count) || PrivacyRules.isSmall(people - count))) { hide(number) }
                }
            }
        }
    }

    func decidableShown(in layer: Int) -> [Number] {
        var numbers: [Number] = []
        for filter in 0...filters {
            for row in 0...rows {
                let number = Number(layer: layer, filter: filter, row: row)
                if canonical(number) == number && status(of: number) == .shown { numbers.append(number) }
            }
        }
        return numbers
    }

    /// Un-hides every decidable number that no cycle of hidden numbers passes through: the sums fix it.
    mutating func showDetermined() {
        for layer in 0..<layers {
            let graph = Graph(self, moving: [layer], directed: false)
            var determined: [Number] = []
            for filter in 0...filters {
                for row in 0...rows {
                    let number = Number(layer: layer, filter: filter, row: row)
                    guard canonical(number) == number, status(of: number) == .hidden else { continue }
                    let edges = graph.edges.filter { canonical($0.number) == number }
                    if edges.allSatisfy({ !graph.reaches(from: $0.left, to: $0.right, without: $0) }) { determined.append(number) }
                }
            }
            for number in determined { set(number, .shown) }
        }
    }

    // MARK: Groups

    /// Some filter values (or all) and some rows (or all): the people a published number, or a difference of them,
    /// describes.
    struct Group: Hashable {
        var layer: Int
        var filters: [Int]
        var rows: [Int]
        /// The group's people outside the column rather than in it.
        var outside = false

        func touches(_ number: Number, filters filterCount: Int, rows rowCount: Int) -> Bool {
            (number.filter == filterCount || filters.contains(number.filter)) && (number.row == rowCount || rows.contains(number.row))
        }
    }

    /// One value, every value but one, and every value, without repeats.
    static func sides(_ count: Int) -> [[Int]] {
        var sides: [[Int]] = []
        let all = Array(0..<count)
        for index in all {
            for side in [[index], all.filter { $0 != index }] where !side.isEmpty && !sides.contains(side) { sides.append(side) }
        }
        if !sides.contains(all) { sides.append(all) }
        return sides
    }

    var groups: [Group] {
        let filterSides = Self.sides(filters), rowSides = Self.sides(rows)
        var groups: [Group] = []
        for layer in 0..<layers {
            for filterSide in filterSides {
                for rowSide in rowSides where !(filterSide.count == filters && rowSide.count == rows) {
                    groups.append(Group(layer: layer, filters: filterSide, rows: rowSide))
                    if layer > 0 { groups.append(Group(layer: layer, filters: filterSide, rows: rowSide, outside: true)) }
                }
            }
        }
        return groups
    }

    func size(of group: Group, layer: Int) -> Int {
        group.filters.reduce(0) { sum, filter in group.rows.reduce(sum) { $0 + value[layer][filter][$1] } }
    }

    /// Whether the group is one of 1–4 people. A group as large as the grand total of its kind is all of them (the
    /// rest is shown as zero), and the grand totals are known.
    func isSmall(_ group: Group) -> Bool {
        let inside = size(of: group, layer: group.layer), grand = value[group.layer][filters][rows]
        guard group.outside else { return PrivacyRules.isSmall(inside) && inside != grand }
        let outside = size(of: group, layer: 0) - inside
        return PrivacyRules.isSmall(outside) && outside != value[0][filters][rows] - grand
    }

    func firstPinnedGroup(excluding settled: Set<Group>) -> Group? {
        groups.first { !settled.contains($0) && isSmall($0) && isPinned($0) }
    }

    /// The kinds of move a witness may make: people in exactly the columns of a subset (the population moves, and so
    /// do those columns), or one column's flag alone.
    var moves: [[Int]] {
        let columns = layers - 1
        let kinds = (0..<(1 << columns)).map { subset in [0] + (0..<columns).filter { subset & (1 << $0) != 0 }.map { $0 + 1 } }
        return kinds + (1..<layers).map { [$0] }
    }

    /// Whether no witness changes the group's size.
    func isPinned(_ group: Group) -> Bool {
        for moving in moves {
            // How the group's size follows a move of one in a cell.
            let effect = group.layer == 0 ? (moving.contains(0) ? 1 : 0)
                : group.outside ? (moving.contains(0) ? 1 : 0) - (moving.contains(group.layer) ? 1 : 0)
                : (moving.contains(group.layer) ? 1 : 0)
            guard effect != 0 else { continue }
            let graph = Graph(self, moving: moving, directed: true)
            for arc in graph.arcs where arc.edge.isInner(filters: filters, rows: rows)
                && group.filters.contains(arc.edge.number.filter) && group.rows.contains(arc.edge.number.row) {
                for next in graph.arcs(from: arc.to) where next.edge != arc.edge {
                    guard let path = graph.path(from: next.to, to: arc.from, avoiding: arc.to) else { continue }
                    let change = ([arc, next] + path).reduce(0) { sum, step in
                        let number = step.edge.number
                        let inside = step.edge.isInner(filters: filters, rows: rows) && group.filters.contains(number.filter) && group.rows.contains(number.row)
                        return inside ? sum + step.sign : sum
                    }
                    if change != 0 { return false }
                }
            }
        }
        return true
    }

    // MARK: The graph of hidden numbers

    /// Filter values (and the totals side) on the left, rows (and the totals side) on the right; an edge per hidden
    /// number. Directed, an arc goes left to right when its signed value may grow by one, right to left when it may
    /// shrink.
    struct Graph {
        struct Edge: Equatable {
            var number: Number
            var left: Int, right: Int
            func isInner(filters: Int, rows: Int) -> Bool { number.filter < filters && number.row < rows }
        }
        struct Arc {
            var edge: Edge
            var from: Int, to: Int
            /// +1 when the arc grows the grid's signed value, −1 when it shrinks it.
            var sign: Int
        }

        var edges: [Edge] = []
        var arcs: [Arc] = []
        var outgoing: [[Int]]

        /// The graph of the numbers hidden in every layer of `moving`, which a witness moves together.
        init(_ tables: LinkedTables, moving: [Int], directed: Bool) {
            let nodes = tables.filters + tables.rows + 2
            outgoing = Array(repeating: [], count: nodes)
            for filter in 0...tables.filters {
                for row in 0...tables.rows where !(filter == tables.filters && row == tables.rows) {
                    let number = Number(layer: moving[0], filter: filter, row: row)
                    guard moving.allSatisfy({ tables.isHidden(Number(layer: $0, filter: filter, row: row)) }) else { continue }
                    let edge = Edge(number: number, left: filter, right: tables.filters + 1 + row)
                    edges.append(edge)
                    let inner = filter < tables.filters && row < tables.rows
                    let grows = tables.canMove(filter: filter, row: row, moving: moving, by: inner ? 1 : -1)
                    let shrinks = tables.canMove(filter: filter, row: row, moving: moving, by: inner ? -1 : 1)
                    if grows || !directed { add(Arc(edge: edge, from: edge.left, to: edge.right, sign: 1)) }
                    if shrinks || !directed { add(Arc(edge: edge, from: edge.right, to: edge.left, sign: -1)) }
                }
            }
        }

        mutating func add(_ arc: Arc) {
            outgoing[arc.from].append(arcs.count)
            arcs.append(arc)
        }

        func arcs(from node: Int) -> [Arc] { outgoing[node].map { arcs[$0] } }

        /// The shortest directed path of arcs from `start` to `goal` that does not pass `avoiding`.
        func path(from start: Int, to goal: Int, avoiding: Int) -> [Arc]? {
            var cameBy = [Int?](repeating: nil, count: outgoing.count)
            var seen = Set([start, avoiding])
            var frontier = [start]
            while !frontier.isEmpty && !seen.contains(goal) {
                var next: [Int] = []
                for node in frontier {
                    for index in outgoing[node] where !seen.contains(arcs[index].to) {
                        seen.insert(arcs[index].to)
                        cameBy[arcs[index].to] = index
                        next.append(arcs[index].to)
                    }
                }
                frontier = next
            }
            guard start == goal || cameBy[goal] != nil else { return start == goal ? [] : nil }
            var path: [Arc] = []
            var node = goal
            while node != start, let index = cameBy[node] {
                path.insert(arcs[index], at: 0)
                node = arcs[index].from
            }
            return path
        }

        /// Whether `start` and `goal` are joined without `edge`.
        func reaches(from start: Int, to goal: Int, without edge: Edge) -> Bool {
            var seen: Set<Int> = [start]
            var frontier = [start]
            while let node = frontier.popLast() {
                if node == goal { return true }
                for index in outgoing[node] where arcs[index].edge != edge && !seen.contains(arcs[index].to) {
                    seen.insert(arcs[index].to)
                    frontier.append(arcs[index].to)
                }
            }
            return false
        }
    }

    /// Whether the numbers of `moving` at one place could all be `step` larger, the other layers as they are: counts
    /// stay between 0 and their population, and a chosen filter on its side of the refusal line.
    func canMove(filter: Int, row: Int, moving: [Int], by step: Int) -> Bool {
        let people = value[0][filter][row] + (moving.contains(0) ? step : 0)
        for layer in 0..<layers {
            let count = value[layer][filter][row] + (moving.contains(layer) ? step : 0)
            if count < 0 || count > people { return false }
        }
        guard moving.contains(0) else { return true }
        let isFilterTotal = (row == rows && filter < filters && filterSideIsFilter) || (filter == filters && row < rows && rowSideIsFilter)
        if isFilterTotal {
            let total = value[0][filters][rows]
            let refused = { (people: Int) in PrivacyRules.isSmall(people) || PrivacyRules.isSmall(total - people) }
            return refused(people) == refused(value[0][filter][row])
        }
        return true
    }
}
