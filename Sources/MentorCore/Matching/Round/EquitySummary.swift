/// Match rates by site, function and career stage, with small groups suppressed so nobody can be singled out.
public struct EquitySummary: Sendable, Equatable {
    /// Groups with fewer people than this are reported only as suppressed.
    public static let minimumGroupSize = 5

    public struct Row: Sendable, Equatable {
        public var group: MatchGroup
        public var waiting: Int
        public var matched: Int

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
        rows = counts.filter { $0.value.waiting >= Self.minimumGroupSize }
            .map { Row(group: $0.key, waiting: $0.value.waiting, matched: $0.value.matched) }
            .sorted { ($0.group.dimension.rawValue, $0.group.value) < ($1.group.dimension.rawValue, $1.group.value) }
        suppressed = counts.filter { $0.value.waiting < Self.minimumGroupSize }
            .reduce(into: [:]) { $0[$1.key.dimension, default: 0] += 1 }
    }

    /// Plain-text lines: `site:Lisbon  8/10 matched (80%)`, then how many groups were suppressed.
    public func lines(messages text: Messages) -> [String] {
        var lines = rows.map { text("match.equity.row", ["group": $0.group.description, "matched": "\($0.matched)", "waiting": "\($0.waiting)", "percent": "\($0.percent)"]) }
        for dimension in MatchGroup.Dimension.allCases {
            if let count = suppressed[dimension], count > 0 {
                lines.append(text("match.equity.suppressed", ["count": "\(count)", "dimension": dimension.rawValue, "minimum": "\(Self.minimumGroupSize)"]))
            }
        }
        return lines
    }
}
