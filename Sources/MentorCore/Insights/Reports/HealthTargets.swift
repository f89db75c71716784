import Foundation
/// The program's health targets, after ChronusMentor's health report; a program manager sets them in
/// `Config/programs.json` under `healthTargets`.
public struct HealthTargets: Sendable, Equatable {
    /// Mentors with a running pairing, as a share of mentors.
    public var mentorsConnectedPercent = 60
    /// Mentees with a running pairing, as a share of mentees.
    public var menteesConnectedPercent = 70
    /// The median days from a request to its pairing.
    public var requestWaitDays = 5
    /// Running pairings whose pair met in the last 30 days, as a share of running pairings.
    public var activeConnectionsPercent = 70
    /// Survey answers of 4 or 5, as a share of answers.
    public var satisfiedPercent = 70

    public init() {}
}

/// One health measure as shown: its value, its target, and whether the value meets it.
public struct HealthMeasure: Sendable, Equatable {
    public enum ID: String, Sendable, CaseIterable {
        case mentorsConnected = "mentors-connected", menteesConnected = "mentees-connected", requestWait = "request-wait"
        case activeConnections = "active-connections", satisfied
    }

    public var id: ID
    /// The percentage, or the days for the request wait; nil when the privacy engine hides it or nothing was counted.
    public var value: Double?
    public var target: Int
    /// The same measure over the period before.
    public var previous: Double?

    public init(id: ID, value: Double?, target: Int, previous: Double?) {
        self.id = id
        self.value = value
        self.target = target
        self.previous = previous
    }

    /// Whether the value meets the target (at most the target for the wait, at least for shares); nil when unknown.
    public var meetsTarget: Bool? {
        guard let value else { return nil }
        return id == .requestWait ? value <= Double(target) : value >= Double(target)
    }
}

extension HealthTargets: Decodable {
    private enum CodingKeys: String, CodingKey {
        case mentorsConnectedPercent, menteesConnectedPercent, requestWaitDays, activeConnectionsPercent, satisfiedPercent
    }

    /// Reads the targets a file sets; the rest keep their defaults. Shares are 0–100 and the wait 0–365 days.
    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func read(_ key: CodingKeys, _ range: ClosedRange<Int>, default value: Int) throws -> Int {
            guard let read = try container.decodeIfPresent(Int.self, forKey: key) else { return value }
            guard range.contains(read) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "healthTargets.\(key.rawValue) must be between \(range.lowerBound) and \(range.upperBound)")
            }
            return read
        }
        mentorsConnectedPercent = try read(.mentorsConnectedPercent, 0...100, default: mentorsConnectedPercent)
        menteesConnectedPercent = try read(.menteesConnectedPercent, 0...100, default: menteesConnectedPercent)
        requestWaitDays = try read(.requestWaitDays, 0...365, default: requestWaitDays)
        activeConnectionsPercent = try read(.activeConnectionsPercent, 0...100, default: activeConnectionsPercent)
        satisfiedPercent = try read(.satisfiedPercent, 0...100, default: satisfiedPercent)
    }
}
