import Foundation
import MentorCore

/// Merges configuration in order: built-in defaults, then the JSON file, then `MENTORD_<SECTION>_<KEY>` variables.
public struct ConfigLoader: Sendable {
    public let keys: [ConfigKey]
    public let environment: [String: String]

    public init(keys: [ConfigKey] = ConfigSchema.keys, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.keys = keys
        self.environment = environment
    }

    /// Loads and validates everything, stopping at the first problem.
    public func load(file: String?) throws(ConfigError) -> ConfigValues {
        var entries = Dictionary(uniqueKeysWithValues: keys.map { ($0.path, ConfigValues.Entry(value: $0.defaultValue, source: "default")) })
        if let file {
            for (path, value) in try fileValues(file) {
                guard let key = keys.first(where: { $0.path == path }) else {
                    throw .unknownKey(key: path, file: file, suggestion: Suggestion.closest(to: path, among: keys.map(\.path)))
                }
                if key.isSecret { throw .secretInFile(key: path, file: file, environmentName: key.environmentName) }
                entries[path] = ConfigValues.Entry(value: value, source: file)
            }
        }
        for key in keys {
            if let value = environment[key.environmentName] {
                entries[key.path] = ConfigValues.Entry(value: value, source: key.environmentName)
            } else if key.isSecret, let secretFile = environment[key.environmentName + "_FILE"] {
                entries[key.path] = ConfigValues.Entry(value: try readSecret(secretFile, variable: key.environmentName + "_FILE"), source: key.environmentName + "_FILE")
            }
        }
        for key in keys {
            let entry = entries[key.path]!
            if let fix = key.problem(with: entry.value) {
                throw .invalidValue(key: key.path, value: key.isSecret ? "[redacted]" : entry.value, source: entry.source, fix: fix)
            }
        }
        return ConfigValues(keys: keys, entries: entries)
    }

    /// Environment variables that look like mentord keys but match none, probably typos.
    public func unknownEnvironmentNames() -> [String] {
        let known = Set(keys.flatMap { [$0.environmentName, $0.environmentName + "_FILE"] } + ["MENTORD_CONFIG"])
        return environment.keys.filter { $0.hasPrefix("MENTORD_") && !known.contains($0) }.sorted()
    }

    private func fileValues(_ path: String) throws(ConfigError) -> [(String, String)] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path: path, reason: (error as NSError).localizedFailureReason ?? "no such file or not readable")
        }
        let sections: [String: [String: ConfigScalar]]
        do {
            sections = try JSONDecoder().decode([String: [String: ConfigScalar]].self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw .malformedFile(path: path, reason: context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription)
        } catch {
            throw .malformedFile(path: path, reason: "each section must be an object of keys with string, number or boolean values")
        }
        return sections.flatMap { section, table in
            table.map { name, value in ("\(section).\(name)", value.text) }
        }.sorted { $0.0 < $1.0 }
    }

    private func readSecret(_ path: String, variable: String) throws(ConfigError) -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw .unreadableSecretFile(path: path, variable: variable) }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A JSON value a config key may hold, kept as the text the schema validates.
private struct ConfigScalar: Decodable {
    let text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let bool = try? container.decode(Bool.self) {
            text = bool ? "true" : "false"
        } else if let integer = try? container.decode(Int.self) {
            text = String(integer)
        } else if let number = try? container.decode(Double.self) {
            text = String(number)
        } else {
            text = try container.decode(String.self)
        }
    }
}
