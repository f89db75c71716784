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
