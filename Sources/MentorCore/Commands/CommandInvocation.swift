import Foundation

/// A parsed command line: the command word and its arguments, with quotes honoured.
public struct CommandInvocation: Sendable, Equatable {
    /// The command word as typed, lowercased.
    public var name: String
    public var arguments: [String]
    /// Everything after the command word, exactly as typed.
    public var rawArguments: String

    public init(name: String, arguments: [String], rawArguments: String) {
        self.name = name
        self.arguments = arguments
        self.rawArguments = rawArguments
    }

    /// Splits `goal add "ship the demo" --due 2026-12-01` into words; nil for blank text.
    ///
    /// Straight and curly double quotes group words; chat clients often turn `"` into `“ ”`.
    /// For commands with actions (`circle join NAME`): the first word, lowercased (or `fallback` when there is
    /// none), and the words after it.
    public func action(default fallback: String) -> (action: String, rest: [String]) {
        (arguments.first?.lowercased() ?? fallback, Array(arguments.dropFirst()))
    }

    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let words = CommandInvocation.words(in: trimmed)
        guard let first = words.first else { return nil }
        let afterName = trimmed.drop(while: { !$0.isWhitespace }).trimmingCharacters(in: .whitespaces)
        self.init(name: first.lowercased(), arguments: Array(words.dropFirst()), rawArguments: afterName)
    }

    private static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inQuotes = false
        var hasWord = false
        for character in text {
            switch character {
            case "\"", "“", "”":
                inQuotes.toggle()
                hasWord = true
            case _ where character.isWhitespace && !inQuotes:
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            default:
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append(current) }
        return words
    }
}
