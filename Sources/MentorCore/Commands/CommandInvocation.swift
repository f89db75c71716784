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
        let word = String(trimmed.prefix(while: { !$0.isWhitespace }))
        guard let first = CommandToken.split(word).first else { return nil }
        let afterName = trimmed.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        // The words after the name are split once, with their places in `rawArguments`.
        let tokens = CommandToken.split(afterName)
        self.init(name: first.text.lowercased(), tokens: tokens, rawArguments: afterName)
    }

    private init(name: String, tokens: [CommandToken], rawArguments: String) {
        self.name = name
        self.arguments = tokens.map(\.text)
        self.rawArguments = rawArguments
        self.tokens = tokens
    }
}
