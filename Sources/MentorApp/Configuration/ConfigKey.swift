/// One documented configuration key: where it lives, what it accepts, its default and what it is for.
public struct ConfigKey: Sendable {
    /// What values a key accepts.
    public enum Kind: Sendable {
        case text
        case integer(ClosedRange<Int>)
        case boolean
        case choice([String])
    }

    public let section: String
    public let name: String
    public let kind: Kind
    public let defaultValue: String
    /// Secrets come only from `MENTORD_<SECTION>_<KEY>` or a file named by `MENTORD_<SECTION>_<KEY>_FILE`.
    public let isSecret: Bool
    public let summary: String

    public init(_ section: String, _ name: String, _ kind: Kind, default defaultValue: String, secret: Bool = false, _ summary: String) {
        self.section = section
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.isSecret = secret
        self.summary = summary
    }

    /// `http.port`.
    public var path: String { "\(section).\(name)" }

    /// `MENTORD_HTTP_PORT`.
    public var environmentName: String { "MENTORD_\(section.uppercased())_\(name.uppercased())" }

    /// nil when `value` is acceptable, else how to fix it.
    func problem(with value: String) -> String? {
        switch kind {
        case .text:
            return nil
        case .integer(let range):
            guard let number = Int(value), range.contains(number) else {
                return "use a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        case .boolean:
            return ConfigKey.booleanValue(value) == nil ? "use true or false" : nil
        case .choice(let choices):
            return choices.contains(value) ? nil : "use one of: \(choices.joined(separator: ", "))"
        }
    }

    static func booleanValue(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "1", "on": true
        case "false", "no", "0", "off": false
        default: nil
        }
    }
}
