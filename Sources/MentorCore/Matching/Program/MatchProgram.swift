import Foundation

/// A mentoring program's matching rules: its objective, weights, eligibility and timings.
public struct MatchProgram: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var objective: MatchingInstance.Objective = .bestScore
    public var weights = MatchWeights()
    /// How many career levels above the mentee the mentor should be, e.g. 1...3; negative for reverse mentoring.
    public var preferredStageGap: ClosedRange<Int> = 1...3
    /// Never pair people in the same team.
    public var excludeSameTeam = true
    /// Pairs need at least one mentee goal (or requested topic) among the mentor's expertise.
    public var requireTopicOverlap = true
    /// Pairs scoring below this are not proposed.
    public var minimumScore = 1
    /// Keep only each mentee's best N candidates in a round's graph; 0 keeps every feasible pair.
    public var candidatesPerMentee = 0
    /// How long a pairing runs before `match rotate` ends it.
    public var pairingPeriodDays = 90
    /// The same two people are not paired again within this many days of their last pairing ending.
    public var rotationWindowDays = 365
    /// How long a mentor has to answer an offer before it moves on.
    public var offerExpiryHours = 72
    /// How often the program's cohort rounds run, so someone on the waiting list can be told when to expect the next.
    public var roundEveryDays = 30
    /// Groups that get the ``MatchWeights/underServed`` bonus: `site:Lagos`, `function:Sales`, `stage:early`.
    public var underServedGroups: [String] = []
    /// Check-ins, the inactivity ladder and the journey for this program's pairs.
    public var engagement = EngagementPlan()

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The program used when `Config/programs.json` names none: 1:1 mentoring.
    public static let standard = MatchProgram(id: "mentoring", name: "1:1 mentoring")

    private enum CodingKeys: String, CodingKey {
        case id, name, objective, weights, preferredStageGap, excludeSameTeam, requireTopicOverlap, minimumScore,
            candidatesPerMentee, pairingPeriodDays, rotationWindowDays, offerExpiryHours, underServedGroups, engagement, roundEveryDays
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? id
        objective = try container.decodeIfPresent(MatchingInstance.Objective.self, forKey: .objective) ?? .bestScore
        weights = try container.decodeIfPresent(MatchWeights.self, forKey: .weights) ?? MatchWeights()
        if let gap = try container.decodeIfPresent([Int].self, forKey: .preferredStageGap) {
            guard gap.count == 2, gap[0] <= gap[1] else {
                throw DecodingError.dataCorruptedError(forKey: .preferredStageGap, in: container, debugDescription: "write it as [lowest, highest], e.g. [1, 3]")
            }
            preferredStageGap = gap[0]...gap[1]
        }
        excludeSameTeam = try container.decodeIfPresent(Bool.self, forKey: .excludeSameTeam) ?? true
        requireTopicOverlap = try container.decodeIfPresent(Bool.self, forKey: .requireTopicOverlap) ?? true
        minimumScore = try Self.positive(container, .minimumScore, default: 1)
        candidatesPerMentee = try Self.positive(container, .candidatesPerMentee, default: 0, allowZero: true)
        pairingPeriodDays = try Self.positive(container, .pairingPeriodDays, default: 90)
        rotationWindowDays = try Self.positive(container, .rotationWindowDays, default: 365, allowZero: true)
        offerExpiryHours = try Self.positive(container, .offerExpiryHours, default: 72)
        roundEveryDays = try Self.positive(container, .roundEveryDays, default: 30)
        underServedGroups = try container.decodeIfPresent([String].self, forKey: .underServedGroups) ?? []
        engagement = try container.decodeIfPresent(EngagementPlan.self, forKey: .engagement) ?? EngagementPlan()
        if let bad = underServedGroups.first(where: { MatchGroup(parsing: $0) == nil }) {
            throw DecodingError.dataCorruptedError(
                forKey: .underServedGroups, in: container, debugDescription: "\"\(bad)\" is not site:NAME, function:NAME or stage:NAME"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(objective, forKey: .objective)
        try container.encode(weights, forKey: .weights)
        try container.encode([preferredStageGap.lowerBound, preferredStageGap.upperBound], forKey: .preferredStageGap)
        try container.encode(excludeSameTeam, forKey: .excludeSameTeam)
        try container.encode(requireTopicOverlap, forKey: .requireTopicOverlap)
        try container.encode(minimumScore, forKey: .minimumScore)
        try container.encode(candidatesPerMentee, forKey: .candidatesPerMentee)
        try container.encode(pairingPeriodDays, forKey: .pairingPeriodDays)
        try container.encode(rotationWindowDays, forKey: .rotationWindowDays)
        try container.encode(offerExpiryHours, forKey: .offerExpiryHours)
        try container.encode(roundEveryDays, forKey: .roundEveryDays)
        try container.encode(underServedGroups, forKey: .underServedGroups)
        try container.encode(engagement, forKey: .engagement)
    }

    private static func positive(
        _ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys, default fallback: Int, allowZero: Bool = false
    ) throws -> Int {
        let value = try container.decodeIfPresent(Int.self, forKey: key) ?? fallback
        guard value > 0 || (allowZero && value == 0) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: allowZero ? "must be 0 or more" : "must be 1 or more")
        }
        return value
    }
}

/// A slice of people for equity reporting and under-served bonuses: `site:Lagos`, `function:Sales`, `stage:early`.
public struct MatchGroup: Sendable, Hashable, CustomStringConvertible {
    public enum Dimension: String, Sendable, CaseIterable {
        case site, function, stage
    }

    public var dimension: Dimension
    public var value: String

    public init(_ dimension: Dimension, _ value: String) {
        self.dimension = dimension
        self.value = value
    }

    public init?(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let dimension = Dimension(rawValue: parts[0].lowercased()), !parts[1].isEmpty else { return nil }
        self.init(dimension, parts[1])
    }

    public var description: String { "\(dimension.rawValue):\(value)" }

    /// The group `person` is in along `dimension`.
    public static func of(_ person: Person, site: String, _ dimension: Dimension) -> MatchGroup {
        switch dimension {
        case .site: MatchGroup(.site, site)
        case .function: MatchGroup(.function, person.function)
        case .stage: MatchGroup(.stage, person.careerStage.description)
        }
    }
}
