/// Every chat command, looked up by name or alias. Duplicate names or aliases fail at start-up.
public struct CommandRegistry: Sendable {
    public let commands: [any ChatCommand]
    private let byWord: [String: Int]

    /// Builds the registry, refusing a name or alias used twice and any command without a summary.
    public init(_ commands: [any ChatCommand], messages: MessageCatalog) throws(CommandRegistryError) {
        var byWord: [String: Int] = [:]
        for (index, command) in commands.enumerated() {
            let descriptor = command.descriptor
            for word in [descriptor.name] + descriptor.aliases {
                if let other = byWord[word] {
                    throw .duplicateWord(word, first: commands[other].descriptor.name, second: descriptor.name)
                }
                byWord[word] = index
            }
            for action in descriptor.actions where !messages.hasEnglish(descriptor.summaryKey(of: action)) {
                throw .missingSummary(command: descriptor.name, key: descriptor.summaryKey(of: action))
            }
        }
        self.commands = commands
        self.byWord = byWord
    }

    /// The command a word names, by name or alias.
    public func command(named word: String) -> (any ChatCommand)? {
        byWord[word.lowercased()].map { commands[$0] }
    }

    /// Every name and alias.
    public var words: [String] { Array(byWord.keys) }

    /// The words worth suggesting for a typo: names and aliases made of letters, so `x` never gets "did you mean ??".
    public var suggestableWords: [String] { words.filter { $0.count > 1 && $0.allSatisfy(\.isLetter) } }
}

/// Why the command registry could not be built.
public enum CommandRegistryError: Error, Equatable, CustomStringConvertible {
    case duplicateWord(String, first: String, second: String)
    case missingSummary(command: String, key: String)

    public var description: String {
        switch self {
        case .duplicateWord(let word, let first, let second):
            "command word \"\(word)\" is used by both \(first) and \(second); rename one"
        case .missingSummary(let command, let key):
            "command \(command) has no summary; add \"\(key)\" to Prompts/en/"
        }
    }
}
