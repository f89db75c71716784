import Foundation

/// How typed names are compared with display names: case and accents ignored, so `lea evans`, `@Léa Evans` and
/// `LEA EVANS` are the same words.
public enum PersonName {
    /// The folded words of a name, without a leading `@` or trailing punctuation: `"@Léa  Evans,"` → `["lea", "evans"]`.
    public static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
        return folded.split(whereSeparator: \.isWhitespace).compactMap { word in
            let kept = word.drop { $0 == "@" }.trimmingCharacters(in: CharacterSet.alphanumerics.inverted)
            return kept.isEmpty ? nil : kept.lowercased()
        }
    }

    /// Whether `typed` names someone called `name`: every word, or (for two words or more) the first name and the
    /// surname, so `Lea Evans` finds `Lea Maria Evans`.
    public static func matches(typed: [String], name: [String]) -> Bool {
        guard !typed.isEmpty else { return false }
        if typed == name { return true }
        return typed.count >= 2 && name.count >= 2 && typed.first == name.first && typed.last == name.last
    }

    /// Whether one typed word is this person's first name or surname, for "did you mean" when a name is half typed.
    public static func partlyMatches(word: String, name: [String]) -> Bool {
        name.first == word || name.last == word
    }
}
