import Foundation

/// Stores reasons as JSON so they can be shown later in each reader's language.
public enum MatchReasonCoding {
    private struct Stored: Codable {
        var kind: String
        var points: Int
        var values: [String: String]
    }

    public static func encode(_ reasons: [MatchReason]) -> String {
        let stored = reasons.map { Stored(kind: $0.kind.rawValue, points: $0.points, values: $0.values) }
        let data = (try? JSONEncoder().encode(stored)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The reasons in `text`; unknown kinds (from a newer version) are skipped.
    public static func decode(_ text: String) -> [MatchReason] {
        guard let stored = try? JSONDecoder().decode([Stored].self, from: Data(text.utf8)) else { return [] }
        return stored.compactMap { item in
            MatchReason.Kind(rawValue: item.kind).map { MatchReason(kind: $0, points: item.points, values: item.values) }
        }
    }
}
