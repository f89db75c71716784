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
        case .person, .anyPerson, .minutes, .choice, .days: kind.placeholder
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
