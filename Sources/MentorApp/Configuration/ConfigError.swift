/// A configuration problem, naming the key, the bad value and the fix.
public enum ConfigError: Error, Equatable, CustomStringConvertible {
    case invalidValue(key: String, value: String, source: String, fix: String)
    case unknownKey(key: String, file: String, suggestion: String?)
    case secretInFile(key: String, file: String, environmentName: String)
    case unreadableFile(path: String, reason: String)
    /// A `MENTORD_…_FILE` secret whose file can't be read; names that variable, not the config file.
    case unreadableSecretFile(path: String, variable: String)
    case malformedFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidValue(let key, let value, let source, let fix):
            "config \(key) = \"\(value)\" (from \(source)) is invalid: \(fix)"
        case .unknownKey(let key, let file, let suggestion):
            "config file \(file) has an unknown key \(key)" + (suggestion.map { "; did you mean \($0)?" } ?? "; run 'mentord config check' to list the keys")
        case .secretInFile(let key, let file, let environmentName):
            "config \(key) is a secret and may not be in \(file); set \(environmentName) or \(environmentName)_FILE instead"
        case .unreadableFile(let path, let reason):
            "cannot read \(path): \(reason); check the path given to --config or MENTORD_CONFIG"
        case .unreadableSecretFile(let path, let variable):
            "cannot read \(path), given by \(variable): the file is missing or not readable by this user; fix \(variable) or the file's permissions"
        case .malformedFile(let path, let reason):
            "config file \(path) is not valid JSON: \(reason); it must be an object of sections, e.g. {\"http\": {\"port\": 8080}}"
        }
    }
}
