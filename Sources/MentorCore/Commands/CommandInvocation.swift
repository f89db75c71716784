import Foundation

/// A parsed command line: the command word and its arguments, with quotes honoured.
public struct CommandInvocation: Sendable, Equatable {
    /// The command word as typed, lowercased.
    public var name: String
    public var arguments: [String]
    /// Everything after the command word, exactly as typed.
    public var rawArguments: String
    /// The words of `rawArguments`, with whether each was quoted and where it stands.
    public var tokens: [CommandToken]

    public init(name: String, arguments: [String], rawArguments: String) {
        self.name = name
        self.arguments = arguments
        self.rawArguments = rawArguments
        let tokens = CommandToken.split(rawArguments)
        self.tokens = tokens.map(\.text) == arguments ? tokens : arguments.map { CommandToken(text: $0, quoted: false, range: 0..<0) }
    }

    /// Splits `goal add "ship the demo" --due 2026-12-01` into words; nil for blank text.
    ///
    /// Straight and curly double quotes group words; chat clients often turn `"` into `“ ”`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let words = CommandToken.split(trimmed)
        guard let first = words.first else { return nil }
        let afterName = trimmed.drop(while: { !$0.isWhitespace }).trimmingCharacters(in: .whitespaces)
        self.init(name: first.text.lowercased(), arguments: Array(words.dropFirst().map(\.text)), rawArguments: afterName)
    }
}

/// One word of a command line: its text without quotes, whether it was quoted, and its character offsets in the line.
public struct CommandToken: Sendable, Equatable {
    public var text: String
    /// A quoted word is never an option or an action, even when it starts with `--`.
    public var quoted: Bool
    /// Character offsets in the text it came from, quotes included.
    public var range: Range<Int>

    /// The one tokenizer every command uses: whitespace splits, and `"…"`, `“…”` or `„…“` group.
    static func split(_ text: String) -> [CommandToken] {
        var tokens: [CommandToken] = []
        var current = ""
        var inQuotes = false, hasWord = false, quoted = false
        var start = 0
        for (offset, character) in text.enumerated() {
            switch character {
            case "\"", "“", "”", "„":
                if !hasWord { start = offset }
                inQuotes.toggle()
                hasWord = true
                quoted = true
            case _ where character.isWhitespace && !inQuotes:
                if hasWord { tokens.append(CommandToken(text: current, quoted: quoted, range: start..<offset)) }
                current = ""
                hasWord = false
                quoted = false
            default:
                if !hasWord { start = offset }
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { tokens.append(CommandToken(text: current, quoted: quoted, range: start..<text.count)) }
        return tokens
    }

    /// Whether it is typed as an option (`--micro`, `--due=…`).
    var isOption: Bool { !quoted && text.hasPrefix("--") && text.count > 2 }
}
