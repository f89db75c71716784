/// Match rates by site, function and career stage, with small groups suppressed so nobody can be singled out.
public struct EquitySummary: Sendable, Equatable {
    /// Groups with fewer people than this are reported only as suppressed: the k every aggregate obeys.
    public static let minimumGroupSize = PrivacyRules.minimumGroup

    public struct Row: Sendable, Equatable {
        public var group: MatchGroup
        public var waiting: Int
        public var matched: Int

        public init(group: MatchGroup, waiting: Int, matched: Int) {
            self.group = group
            self.waiting = waiting
            self.matched = matched
        }

        /// Matched as a share of waiting, 0–100.
        public var percent: Int { waiting == 0 ? 0 : Int((Double(matched) * 100 / Double(waiting)).rounded()) }
    }

    /// Reportable groups, by dimension then name.
    public var rows: [Row]
    /// How many groups were too small to show, per dimension.
    public var suppressed: [MatchGroup.Dimension: Int]

    /// The summary of a round in which `matched` of `waiting` found a mentor.
    public init(waiting: [MatchParticipant], matched: Set<PersonID>) {
        var counts: [MatchGroup: (waiting: Int, matched: Int)] = [:]
        for person in waiting {
            for dimension in MatchGroup.Dimension.allCases {
                let group = MatchGroup.of(person.person, site: person.site, dimension)
                counts[group, default: (0, 0)].waiting += 1
                if matched.contains(person.id) { counts[group, default: (0, 0)].matched += 1 }
            }
        }
        var shown: [Row] = []
        var hidden: [MatchGroup.Dimension: Int] = [:]
        for dimension in MatchGroup.Dimension.allCases {
            let groups = counts.filter { $0.key.dimension == dimension }
                .map { Row(group: $0.key, waiting: $0.value.waiting, matched: $0.value.matched) }
                .sorted { ($0.waiting, $0.group.value) < ($1.waiting, $1.group.value) }
            let (visible, suppressedCount) = Self.suppress(groups)
            shown += visible
            if suppressedCount > 0 { hidden[dimension] = suppressedCount }
        }
        rows = shown.sorted { ($0.group.dimension.rawValue, $0.group.value) < ($1.group.dimension.rawValue, $1.group.value) }
        suppressed = hidden
    }

    /// The groups that may be shown, and how many are hidden, as ``PrivacyEngine`` decides for a table of the groups
    /// (population: waiting; column: matched) whose totals the round shows anyway. A group is shown only when all of it
    /// is. Unlike a dashboard row, a group is listed only when someone in it waited, so a reader knows each hidden one
    /// holds at least one person: when the hidden ones hold no more people than there are of them, each holds exactly
    /// one, and the smallest shown group is hidden too.
    public static func suppress(_ groups: [Row]) -> (visible: [Row], suppressed: Int) {
        var hidden = Set<Int>()
        let table = CountTable(
            rows: groups.map(\.group.value), columns: ["matched"], counts: groups.map { [$0.matched] }, population: groups.map(\.waiting)
        )
        let shown = PrivacyEngine.suppress(table)
        for index in groups.indices where shown.population[index] == nil || shown.counts[index][0] == nil { hidden.insert(index) }
        while !hidden.isEmpty, hidden.map({ groups[$0].waiting }).reduce(0, +) <= hidden.count,
              let smallest = groups.indices.filter({ !hidden.contains($0) }).min(by: { (groups[$0].waiting, $0) < (groups[$1].waiting, $1) }) {
            hidden.insert(smallest)
        }
        return (groups.indices.filter { !hidden.contains($0) }.map { groups[$0] }, hidden.count)
    }

    /// Plain-text lines: `site:Lisbon  8/10 matched (80%)`, then how many groups were suppressed.
    public func lines(messages text: Messages) -> [String] {
        var lines = rows.map { text("match.equity.row", ["group": $0.group.description, "matched": "\($0.matched)", "waiting": "\($0.waiting)", "percent": "\($0.percent)"]) }
        for dimension in MatchGroup.Dimension.allCases {
            if let count = suppressed[dimension], count > 0 {
                lines.append(text("match.equity.suppressed", ["count": "\(count)", "dimension": text.name(dimension), "minimum": "\(Self.minimumGroupSize)"]))
            }
        }
        return lines
    }
}
