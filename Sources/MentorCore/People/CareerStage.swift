import Foundation

/// Where someone is in their career, as a comparable level.
///
/// The five named stages map to levels 1–5; organisations that use numbered levels may give 1–10.
public struct CareerStage: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let names = ["early", "mid", "senior", "lead", "executive"]
    public static let levels = 1...10

    public let level: Int

    public init?(level: Int) {
        guard CareerStage.levels.contains(level) else { return nil }
        self.level = level
    }

    /// Parses `senior`, `Senior`, `3` or `L3`.
    public init?(parsing text: String) {
        let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let index = CareerStage.names.firstIndex(of: lowered) {
            self.init(level: index + 1)!
        } else if let number = Int(lowered.hasPrefix("l") ? String(lowered.dropFirst()) : lowered) {
            self.init(level: number)
        } else {
            return nil
        }
    }

    public var description: String {
        level <= CareerStage.names.count ? CareerStage.names[level - 1] : "L\(level)"
    }

    public static func < (lhs: CareerStage, rhs: CareerStage) -> Bool { lhs.level < rhs.level }
}
