import MentorCore

/// Arguments checked against a ``CLIDescriptor``: positionals in order, options by name.
public struct ParsedArguments: Sendable, Equatable {
    public var positionals: [String]
    public var options: [String: String]
    public var flags: Set<String>

    /// The value of `--name VALUE`, if given.
    public func option(_ name: String) -> String? { options[name] }

    /// Whether the flag `--name` was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// Parses `words` (after the command words) or explains what is wrong.
    public init(_ words: [String], for descriptor: CLIDescriptor) throws(UsageError) {
        positionals = []
        options = [:]
        flags = []
        let help = "Try: mentord help \(descriptor.name)"
        var remaining = words[...]
        while let word = remaining.popFirst() {
            guard word.hasPrefix("--"), word.count > 2 else {
                positionals.append(word)
                continue
            }
            var name = String(word.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = descriptor.options.first(where: { $0.name == name }) else {
                let suggestion = Suggestion.closest(to: name, among: descriptor.options.map(\.name))
                throw UsageError(
                    "mentord \(descriptor.name): unknown option --\(name)",
                    try: suggestion.map { "Did you mean --\($0)? \(help)" } ?? "Usage: mentord \(descriptor.usage)"
                )
            }
            if let valueName = option.valueName {
                guard let value = inlineValue ?? remaining.popFirst(), !value.hasPrefix("--") || inlineValue != nil else {
                    throw UsageError("mentord \(descriptor.name): --\(name) needs a value (\(valueName))", try: "Usage: mentord \(descriptor.usage)")
                }
                options[name] = value
            } else {
                guard inlineValue == nil else {
                    throw UsageError("mentord \(descriptor.name): --\(name) takes no value", try: "Usage: mentord \(descriptor.usage)")
                }
                flags.insert(name)
            }
        }
        if let missing = descriptor.options.first(where: { $0.isRequired && options[$0.name] == nil && !flags.contains($0.name) }) {
            throw UsageError("mentord \(descriptor.name): \(missing.spelling) is required", try: "Usage: mentord \(descriptor.usage)")
        }
        let required = descriptor.arguments.count
        guard positionals.count >= required else {
            let missing = descriptor.arguments[positionals.count...].joined(separator: " ")
            throw UsageError("mentord \(descriptor.name): missing \(missing)", try: "Usage: mentord \(descriptor.usage)")
        }
        guard positionals.count <= required + descriptor.optionalArguments.count else {
            let extra = positionals[(required + descriptor.optionalArguments.count)...].joined(separator: " ")
            throw UsageError("mentord \(descriptor.name): unexpected argument \"\(extra)\"", try: "Usage: mentord \(descriptor.usage)")
        }
    }
}
