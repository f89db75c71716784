import Foundation

/// One plain-words reason a pair scored what it did, with the points it earned.
public struct MatchReason: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case topics, interests, crossFunction = "cross_function", crossSite = "cross_site", overlap, language, stage, format, style
        /// Program bookkeeping, shown to program managers only.
        case fairness, nominated, underServed = "under_served"
    }

    public var kind: Kind
    public var points: Int
    /// The values the message for ``kind`` fills in.
    public var values: [String: String]

    /// Whether the reason may be shown to the two people (fairness bonuses are for program managers).
    public var isPublic: Bool { ![.fairness, .nominated, .underServed].contains(kind) }

    /// The message key in `Prompts/<lang>/matching.json`.
    public var messageKey: String { "match.reason.\(kind.rawValue)" }

    /// The reasons as one line, e.g. "both work on public speaking; Sales ↔ Engineering; 3 h of shared working hours".
    public static func sentence(_ reasons: [MatchReason], limit: Int = 5, messages: Messages) -> String {
        reasons.prefix(limit).map { messages($0.messageKey, $0.values(for: messages)) }.joined(separator: "; ")
    }
}

extension MatchReason {
    /// English name of a language code (`es` → `Spanish`), or the code itself.
    static func languageName(_ code: String) -> String {
        Locale(identifier: "en").localizedString(forLanguageCode: code) ?? code
    }

    /// The values as `messages`' reader reads them: a shared language named in the reader's language (`inglés`),
    /// career stages by their names in it (`sênior`). Stored reasons keep the English stage words.
    func values(for messages: Messages) -> [String: String] {
        switch kind {
        case .language:
            guard let code = values["code"], let name = Locale(identifier: messages.language).localizedString(forLanguageCode: code) else { return values }
            return values.merging(["language": name]) { $1 }
        case .stage:
            return values.mapValues { CareerStage(parsing: $0).map(messages.name) ?? $0 }
        default:
            return values
        }
    }

    /// Hours for display: `3` or `2.5`.
    static func hours(_ minutes: Int) -> String {
        let hours = Double(minutes) / 60
        return hours == hours.rounded() ? "\(Int(hours))" : String(format: "%.1f", hours)
    }
}
