/// How much each feature of a pair is worth, in points. A program sets its own in `Config/programs.json`.
public struct MatchWeights: Sendable, Equatable, Codable {
    /// Per mentee goal (or requested topic) that the mentor has as expertise, up to three.
    public var goalExpertise = 30
    /// Per interest they share, up to three.
    public var sharedInterest = 6
    /// When they work in different functions.
    public var crossFunction = 10
    /// When they work at different sites.
    public var crossSite = 5
    /// Per hour of working time they share in a week, up to fifteen hours.
    public var overlapHour = 2
    /// When they share a language.
    public var sharedLanguage = 6
    /// When the mentor's career level is above the mentee's by the program's preferred gap.
    public var stageGap = 12
    /// When both name a mentoring format and they have one in common.
    public var formatFit = 5
    /// When both name a communication style and they have one in common.
    public var styleFit = 3
    /// Per earlier round the mentee was left unmatched, up to three; a nomination counts as two.
    public var fairness = 15
    /// When the mentee belongs to a group the program under-serves (see ``MatchProgram/underServedGroups``).
    public var underServed = 0
    /// Taken off per day a mentor usually takes to answer an offer, up to three days (on-demand requests only).
    public var slowResponse = 8

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = MatchWeights()
        func value(_ key: CodingKeys, _ fallback: Int) throws -> Int {
            let weight = try container.decodeIfPresent(Int.self, forKey: key) ?? fallback
            guard (0...1000).contains(weight) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "a weight is a whole number from 0 to 1000")
            }
            return weight
        }
        goalExpertise = try value(.goalExpertise, defaults.goalExpertise)
        sharedInterest = try value(.sharedInterest, defaults.sharedInterest)
        crossFunction = try value(.crossFunction, defaults.crossFunction)
        crossSite = try value(.crossSite, defaults.crossSite)
        overlapHour = try value(.overlapHour, defaults.overlapHour)
        sharedLanguage = try value(.sharedLanguage, defaults.sharedLanguage)
        stageGap = try value(.stageGap, defaults.stageGap)
        formatFit = try value(.formatFit, defaults.formatFit)
        styleFit = try value(.styleFit, defaults.styleFit)
        fairness = try value(.fairness, defaults.fairness)
        underServed = try value(.underServed, defaults.underServed)
        slowResponse = try value(.slowResponse, defaults.slowResponse)
    }
}
