import Foundation

/// Validates IANA time-zone names and suggests one for typos and bare city names (`berlin` → `Europe/Berlin`).
public enum TimeZoneName {
    /// The outcome of checking a zone name.
    public enum Verdict: Sendable, Equatable {
        case valid
        case empty
        case unknown(suggestion: String?)
    }

    public static func check(_ identifier: String) -> Verdict {
        if identifier.isEmpty { return .empty }
        if identifier.contains("/") || identifier == "UTC", TimeZone(identifier: identifier) != nil { return .valid }
        return .unknown(suggestion: suggestion(for: identifier))
    }

    /// The zone someone most likely meant, if any.
    public static func suggestion(for text: String) -> String? {
        let known = TimeZone.knownTimeZoneIdentifiers
        let city = text.lowercased().replacingOccurrences(of: " ", with: "_")
        if let exactCity = known.first(where: { $0.lowercased().split(separator: "/").last.map(String.init) == city }) {
            return exactCity
        }
        if let caseOnly = known.first(where: { $0.lowercased() == text.lowercased() }) { return caseOnly }
        return Suggestion.closest(to: text, among: known)
            ?? Suggestion.closest(to: city, among: known.map { String($0.split(separator: "/").last ?? "") }).flatMap { match in
                known.first { $0.hasSuffix("/" + match) }
            }
    }
}
