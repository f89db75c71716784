/// Every user-facing text, per language, loaded from `Prompts/<lang>/*.json`.
///
/// Templates name their arguments in braces: `"Hello {name}"`. A key missing in a language falls back to English.
public struct MessageCatalog: Sendable {
    public static let fallbackLanguage = "en"

    private let tables: [String: [String: String]]

    /// - Parameter tables: language code → key → template.
    public init(tables: [String: [String: String]]) {
        self.tables = tables
    }

    /// Languages with at least one message, sorted.
    public var languages: [String] { tables.keys.sorted() }

    /// Whether English, the fallback, defines `key`.
    public func hasEnglish(_ key: String) -> Bool {
        tables[MessageCatalog.fallbackLanguage]?[key] != nil
    }

    /// Every English key, for checking that code and prompts agree.
    public var englishKeys: Set<String> { Set(tables[MessageCatalog.fallbackLanguage]?.keys ?? [:].keys) }

    /// The template for `key` in exactly `language`, without falling back.
    public func template(_ key: String, in language: String) -> String? { tables[language]?[key] }

    /// Every key `language` defines.
    public func keys(in language: String) -> [String] { tables[language].map { Array($0.keys) } ?? [] }

    /// The names of the `{placeholders}` in `template`.
    public static func placeholders(in template: String) -> Set<String> {
        Set(template.matches(of: /\{([a-z_]+)\}/).map { String($0.1) })
    }

    /// The template for `key` in `language`, else English, else the key itself so a gap is visible, not blank.
    public func text(_ key: String, language: String, _ arguments: [String: String] = [:]) -> String {
        let template = tables[language]?[key] ?? tables[MessageCatalog.fallbackLanguage]?[key] ?? key
        return MessageCatalog.fill(template, arguments)
    }

    /// Messages bound to one reader's language.
    public func localized(to language: String) -> Messages {
        Messages(catalog: self, language: tables[language] == nil ? MessageCatalog.fallbackLanguage : language)
    }

    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

/// A ``MessageCatalog`` bound to one reader's language.
public struct Messages: Sendable {
    public let catalog: MessageCatalog
    public let language: String

    /// The text for `key` with its arguments filled in.
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        catalog.text(key, language: language, arguments)
    }
}
