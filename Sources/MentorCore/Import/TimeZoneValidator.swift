import Foundation

/// Checks IANA zone identifiers, remembering answers so a 100k-row import asks Foundation once per zone.
struct TimeZoneValidator {
    private var verdicts: [String: String?] = [:]

    /// nil when `identifier` is a known IANA zone; otherwise what is wrong and a suggestion.
    mutating func problem(with identifier: String) -> String? {
        if let cached = verdicts[identifier] { return cached }
        let verdict = TimeZoneValidator.check(identifier)
        verdicts[identifier] = verdict
        return verdict
    }

    private static func check(_ identifier: String) -> String? {
        if identifier.isEmpty { return "timezone is empty; use an IANA zone such as Europe/Berlin" }
        if identifier.contains("/") || identifier == "UTC", TimeZone(identifier: identifier) != nil { return nil }
        let known = TimeZone.knownTimeZoneIdentifiers
        let hint = Suggestion.closest(to: identifier, among: known).map { "; did you mean \($0)?" } ?? ""
        return "timezone \"\(identifier)\" is not an IANA zone\(hint)"
    }
}
