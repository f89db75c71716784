import Foundation

/// The shipped language a browser prefers, from `Accept-Language`, for pages shown before anyone is known.
enum AcceptLanguage {
    /// The first of `header`'s languages, by weight, that `available` has; nil when none.
    static func best(_ header: String?, among available: [String]) -> String? {
        guard let header else { return nil }
        let ranked = header.split(separator: ",").enumerated().compactMap { index, item -> (String, Double, Int)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, !tag.isEmpty else { return nil }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
            return (primary, weight, index)
        }
        return ranked.filter { $0.1 > 0 }.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.map(\.0).first { available.contains($0) }
    }
}
