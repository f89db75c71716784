import Foundation

/// A profile field people can set with `profile set FIELD VALUE`, with its parsing and limits.
public enum ProfileField: String, Sendable, CaseIterable {
    case timezone, hours, quiet, site, languages, expertise, interests, goals, style, formats, capacity, bio, roles, channel
    /// Whether their manager's dashboard may show their participation (`on`/`off`).
    case shareWithManager = "share-with-manager"

    public static let maximumBioLength = 500
    public static let maximumSiteLength = 60
    public static let capacityRange = 0...10

    /// Accepts the field name, a few natural aliases, and hyphenated forms (`quiet-hours`, `time-zone`).
    public init?(parsing text: String) {
        let word = text.lowercased().replacingOccurrences(of: "_", with: "-")
        let aliases: [String: ProfileField] = [
            "tz": .timezone, "time-zone": .timezone, "zone": .timezone, "working-hours": .hours,
            "quiet-hours": .quiet, "language": .languages, "langs": .languages, "skills": .expertise,
            "styles": .style, "format": .formats, "role": .roles, "contact": .channel,
        ]
        guard let field = ProfileField(rawValue: word) ?? aliases[word] else { return nil }
        self = field
    }

    /// The message key explaining what the field accepts, with an example, e.g. `profile.accepts.hours`.
    public var acceptsKey: String { "profile.accepts.\(rawValue)" }

    /// Applies `value` to `profile`, or explains what the field accepts. Never changes `profile` on error.
    public func apply(_ value: String, to profile: inout Profile) throws(UserError) {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty || self == .bio else { throw rejected(text) }
        switch self {
        case .timezone:
            switch TimeZoneName.check(text) {
            case .valid: profile.timeZoneID = TimeZoneName.canonical(text) ?? text
            case .empty: throw rejected(text)
            case .unknown(let suggestion):
                guard let suggestion else { throw UserError("profile.bad_timezone", ["value": text]) }
                throw UserError("profile.bad_timezone_suggestion", ["value": text, "suggestion": suggestion])
            }
        case .hours:
            guard let hours = WorkingHours(parsing: text) else { throw rejected(text) }
            profile.workingHours = hours
        case .quiet:
            if ["none", "off", "no"].contains(text.lowercased()) {
                profile.quietHours = nil
            } else {
                guard let window = DailyWindow(parsing: text) else { throw rejected(text) }
                profile.quietHours = window
            }
        case .site:
            guard text.count <= ProfileField.maximumSiteLength else { throw tooLong(ProfileField.maximumSiteLength) }
            profile.site = text
        case .languages:
            let codes = text.lowercased().split(whereSeparator: { ", ;".contains($0) }).map(String.init)
            guard !codes.isEmpty, codes.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isLetter) }) else { throw rejected(text) }
            let unknown = codes.filter { !LanguageCode.isKnown($0) }
            guard unknown.isEmpty else {
                throw UserError("profile.unknown_languages", ["codes": unknown.joined(separator: ", "), "value": text])
            }
            profile.languages = codes.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        case .expertise, .interests, .goals:
            let tags = try TagList.parse(text).get()
            switch self {
            case .expertise: profile.expertise = tags
            case .interests: profile.interests = tags
            default: profile.goals = tags
            }
        case .style:
            profile.styles = try choices(text, CommunicationStyle.self)
        case .formats:
            profile.formats = try choices(text, MentoringFormat.self)
        case .roles:
            profile.roles = try choices(text, ParticipantRole.self)
        case .capacity:
            guard let number = Int(text), ProfileField.capacityRange.contains(number) else { throw rejected(text) }
            profile.capacity = number
        case .bio:
            guard text.count <= ProfileField.maximumBioLength else { throw tooLong(ProfileField.maximumBioLength) }
            profile.bio = text
        case .channel:
            guard let channel = ContactChannel(rawValue: text.lowercased()) else { throw rejected(text) }
            profile.channel = channel
        case .shareWithManager:
            switch text.lowercased() {
            case "on", "yes", "true": profile.shareWithManager = true
            case "off", "no", "false": profile.shareWithManager = false
            default: throw rejected(text)
            }
        }
    }

    private func choices<Choice: RawRepresentable & Hashable>(_ text: String, _: Choice.Type) throws(UserError) -> Set<Choice>
    where Choice.RawValue == String {
        let words = text.lowercased().replacingOccurrences(of: "in person", with: "in-person")
            .split(whereSeparator: { ", ;".contains($0) }).map(String.init)
        let parsed = words.compactMap(Choice.init(rawValue:))
        guard !words.isEmpty, parsed.count == words.count else { throw rejected(text) }
        return Set(parsed)
    }

    private func rejected(_ value: String) -> UserError {
        UserError(acceptsKey, ["value": value])
    }

    private func tooLong(_ maximum: Int) -> UserError {
        UserError("profile.too_long", ["field": rawValue, "max": "\(maximum)"])
    }
}
