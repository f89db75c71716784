import Foundation

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
