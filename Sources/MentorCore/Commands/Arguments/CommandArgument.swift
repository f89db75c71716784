/// A positional value a sub-action reads, e.g. the `NAME` of `circle join NAME`.
public struct CommandArgument: Sendable {
    /// How many words it takes.
    public enum Count: Sendable {
        case one
        /// Zero or one; only a word that could be of its kind.
        case optional
        /// Every word left, as typed (so a message keeps its punctuation).
        case rest(required: Bool)
        /// Several words of its kind in a row, e.g. the people of `schedule`.
        case repeated(ClosedRange<Int>)
    }

    /// The key the handler reads it by; help shows it uppercased.
    public var name: String
    public var kind: ValueKind
    public var count: Count

    public init(_ name: String, _ kind: ValueKind = .text, _ count: Count = .one) {
        self.name = name
        self.kind = kind
        self.count = count
    }

    /// Every word left, as one text.
    public static func rest(_ name: String, required: Bool = true, maxLength: Int = 1000) -> CommandArgument {
        CommandArgument(name, .text(maxLength: maxLength), .rest(required: required))
    }

    /// One optional value.
    public static func optional(_ name: String, _ kind: ValueKind) -> CommandArgument {
        CommandArgument(name, kind, .optional)
    }

    /// `NAME`, `[TOPIC]`, `@PERSON [@PERSON…]`.
    var usage: String {
        let placeholder = switch kind {
        case .person, .minutes, .choice, .days: kind.placeholder
        default: name.uppercased()
        }
        return switch count {
        case .one: placeholder
        case .optional: "[\(placeholder)]"
        case .rest(let required): required ? placeholder : "[\(placeholder)]"
        case .repeated(let range): range.lowerBound == 0 ? "[\(placeholder)…]" : "\(placeholder) [\(placeholder)…]"
        }
    }
}

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
