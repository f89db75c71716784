import MentorCore

/// Validated configuration values, each remembering where it came from.
public struct ConfigValues: Sendable {
    /// A value and its source: `default`, a file path, or an environment variable name.
    public struct Entry: Sendable, Equatable {
        public var value: String
        public var source: String

        public init(value: String, source: String) {
            self.value = value
            self.source = source
        }
    }

    public let keys: [ConfigKey]
    let entries: [String: Entry]

    public func entry(_ path: String) -> Entry {
        guard let entry = entries[path] else { preconditionFailure("config key \(path) is not in the schema") }
        return entry
    }

    public func string(_ path: String) -> String { entry(path).value }

    public func int(_ path: String) -> Int { Int(entry(path).value)! }

    public func bool(_ path: String) -> Bool { ConfigKey.booleanValue(entry(path).value)! }

    public func secret(_ path: String) -> Secret { Secret(entry(path).value) }

    /// `key = value (source)` lines with secrets redacted, for `mentord config check`.
    public func describe() -> [String] {
        keys.map { key in
            let entry = entry(key.path)
            let shown = key.isSecret ? (entry.value.isEmpty ? "(unset)" : "[redacted]") : "\"\(entry.value)\""
            return "\(key.path) = \(shown)  (\(entry.source))"
        }
    }
}
