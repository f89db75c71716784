import Foundation
import MentorCore

/// How pages write numbers: counts as they are, hidden ones as a dash the legend explains, measures with their unit.
struct NumberText {
    let text: Messages

    func count(_ value: Int?) -> String { value.map(String.init) ?? "–" }

    func measure(_ value: Double?, unit: InsightTable.Measure.Unit) -> String {
        guard let value else { return "–" }
        switch unit {
        case .percent: return "\(Int(value.rounded()))%"
        case .days: return text("dashboard.days", ["days": InsightTable.oneDecimal(value)])
        case .average: return InsightTable.oneDecimal(value)
        }
    }
}
