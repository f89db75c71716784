import Foundation

/// Validates IANA time-zone names, spells them canonically, and suggests one for typos and bare city names
/// (`berlin` → `Europe/Berlin`, `Europe/Sao_Paulo` → `America/Sao_Paulo`).
public enum TimeZoneName {
    /// The outcome of checking a zone name.
    public enum Verdict: Sendable, Equatable {
        case valid
        case empty
        case unknown(suggestion: String?)
    }

    /// How mentord spells Coordinated Universal Time, whichever alias was typed.
    public static let utc = "UTC"

    /// The names of UTC itself (`GMT`, `Etc/UTC`, `Zulu`…), lowercased. They are IANA zones, and people type them
    /// (finding 75).
    static let utcAliases: Set<String> = [
        "utc", "gmt", "uct", "zulu", "universal", "greenwich", "gmt0", "gmt+0", "gmt-0", "z",
        "etc/utc", "etc/gmt", "etc/uct", "etc/zulu", "etc/universal", "etc/greenwich", "etc/gmt0", "etc/gmt+0", "etc/gmt-0",
    ]

    public static func check(_ identifier: String) -> Verdict {
        if identifier.trimmingCharacters(in: .whitespaces).isEmpty { return .empty }
        if canonical(identifier) != nil { return .valid }
        return .unknown(suggestion: suggestion(for: identifier))
    }

    /// The zone's canonical spelling: `America/sao_paulo` → `America/Sao_Paulo`, `GMT` and `Etc/UTC` → `UTC`; legacy
    /// aliases Foundation knows (`Asia/Calcutta`, `US/Eastern`) as typed. nil when it is not a zone.
    public static func canonical(_ identifier: String) -> String? {
        let typed = identifier.trimmingCharacters(in: .whitespaces)
        let lowered = typed.lowercased()
        if utcAliases.contains(lowered) { return utc }
        // A bare word (`Berlin`, `EST`) is not taken as a zone; it gets a suggestion instead.
        guard typed.contains("/") else { return nil }
        if let exact = byLowercasedName[lowered] { return exact }
        return TimeZone(identifier: typed) != nil ? typed : nil
    }

    /// How a stored zone is shown: `UTC` for UTC (Foundation calls it `GMT`), else its identifier.
    public static func shown(_ zone: TimeZone) -> String {
        utcAliases.contains(zone.identifier.lowercased()) ? utc : zone.identifier
    }

    /// The zone someone most likely meant, if any. The city part is matched first, so a wrong region keeps the city.
    public static func suggestion(for text: String) -> String? {
        let known = TimeZone.knownTimeZoneIdentifiers
        let typed = text.trimmingCharacters(in: .whitespaces)
        if let exact = canonical(typed) { return exact }
        let city = String(typed.split(separator: "/").last ?? Substring(typed)).lowercased().replacingOccurrences(of: " ", with: "_")
        let cities = known.map { String($0.split(separator: "/").last ?? "").lowercased() }
        if let index = cities.firstIndex(of: city) { return known[index] }
        // Short words are too close to too many cities (`Mars/Base` is not Boise); the whole name decides for them.
        if city.count >= 6, let close = Suggestion.closest(to: city, among: cities), let index = cities.firstIndex(of: close) {
            return known[index]
        }
        return Suggestion.closest(to: typed, among: known)
    }

    /// Every known identifier by its lowercased spelling.
    private static let byLowercasedName: [String: String] = Dictionary(
        TimeZone.knownTimeZoneIdentifiers.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first }
    )
}
