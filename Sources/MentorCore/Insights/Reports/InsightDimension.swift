import Foundation
/// A way to group people on a page. Gender and age band come only from consented demographics.
public enum InsightDimension: String, Sendable, CaseIterable {
    case site, function
    case careerStage = "career-stage"
    case language
    case region
    case gender
    case ageBand = "age-band"

    /// The group `person` falls in, or nil when the dimension does not describe them (no consented demographics).
    public func group(of person: PersonFact) -> String? {
        switch self {
        case .site: person.site.isEmpty ? "—" : person.site
        case .function: person.function.isEmpty ? "—" : person.function
        case .careerStage: Self.stageNames[person.careerLevel] ?? "—"
        case .language: person.language.isEmpty ? "—" : person.language
        case .region: Self.region(ofZone: person.timeZone)
        case .gender: person.gender
        case .ageBand: person.ageBand
        }
    }

    /// The time-zone region: the part of an IANA zone before its first slash (`Europe`, `America`), as supply is read.
    public static func region(ofZone zone: String) -> String {
        guard let slash = zone.firstIndex(of: "/") else { return zone.isEmpty ? "—" : zone }
        return String(zone[..<slash])
    }

    /// Each career level's name, made once rather than per person.
    static let stageNames: [Int: String] = Dictionary(uniqueKeysWithValues: CareerStage.levels.map { ($0, CareerStage(level: $0)!.description) })

    /// Whether groups come from consented demographics, which are never shown per person.
    public var isDemographic: Bool { self == .gender || self == .ageBand }
}
