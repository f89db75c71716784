/// A named option of a sub-action: `--capacity 6`, `--capacity=6`, a flag such as `--micro`, or a keyword such as
/// `within 7d`.
public struct CommandOption: Sendable {
    public var name: String
    /// The kind of its value; nil for a flag.
    public var kind: ValueKind?
    /// The value used when it is not typed, as someone would type it (`30m`).
    public var defaultValue: String?
    /// Typed as a bare word (`within 7d`) rather than `--within 7d`; both are accepted.
    public var isKeyword: Bool
    /// What help shows for the value, when the kind's own placeholder says too little (`CHANNEL`).
    public var placeholder: String?
    /// Whether it must be typed (`announce --channel C`).
    public var isRequired: Bool

    public init(
        _ name: String, _ kind: ValueKind?, default defaultValue: String? = nil, keyword isKeyword: Bool = false, placeholder: String? = nil,
        required isRequired: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.isKeyword = isKeyword
        self.placeholder = placeholder
        self.isRequired = isRequired
    }

    /// A flag: present or not.
    public static func flag(_ name: String) -> CommandOption { CommandOption(name, nil) }

    /// How it is typed: `--name`, `--name VALUE`, or `name VALUE` for a keyword.
    var spelling: String { isKeyword ? name : "--\(name)" }

    /// `[--capacity N]`, or `--channel CHANNEL` when required.
    var usage: String {
        guard let kind else { return "[\(spelling)]" }
        let text = "\(spelling) \(placeholder ?? kind.placeholder)"
        return isRequired ? text : "[\(text)]"
    }
}
