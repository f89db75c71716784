import Foundation

/// A language as its own speakers write its name: `español` in a sentence, `Español` at the start of a list item.
public enum LanguageName {
    /// The name of `code` in that language, as it appears in running text; the code itself when unknown.
    public static func native(_ code: String) -> String {
        Locale(identifier: code).localizedString(forLanguageCode: code).flatMap { $0.isEmpty ? nil : $0 } ?? code
    }

    /// The name of `code` in that language with a capital first letter, for lists: `Español`, `Deutsch`, `日本語`.
    public static func listed(_ code: String) -> String {
        let name = native(code)
        return name.prefix(1).uppercased(with: Locale(identifier: code)) + name.dropFirst()
    }
}
