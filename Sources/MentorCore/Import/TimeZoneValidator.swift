import Foundation

/// Checks IANA zone identifiers and spells them canonically, remembering answers so a 100k-row import asks Foundation once per zone.
struct TimeZoneValidator {
    private var verdicts: [String: String?] = [:]
    private var spellings: [String: String] = [:]

    /// The canonical spelling of a valid zone (`GMT` → `UTC`), asked once per distinct name.
    mutating func canonical(_ identifier: String) -> String {
        if let known = spellings[identifier] { return known }
        let spelling = TimeZoneName.canonical(identifier) ?? identifier
        spellings[identifier] = spelling
        return spelling
    }

    /// nil when `identifier` is a known IANA zone; otherwise what is wrong and a suggestion.
    mutating func problem(with identifier: String) -> String? {
        if let cached = verdicts[identifier] { return cached }
        let verdict: String? =
            switch TimeZoneName.check(identifier) {
            case .valid: nil
            case .empty: "timezone is empty; use an IANA zone such as Europe/Berlin"
            case .unknown(let suggestion):
                "timezone \"\(identifier)\" is not an IANA zone" + (suggestion.map { "; did you mean \($0)?" } ?? "")
            }
        verdicts[identifier] = verdict
        return verdict
    }
}
