/// mentord's one JSON writer: a document built in code and written in one pass.
///
/// It lives in MentorCore (Foundation only) so every target can use it without new arrows: the outbox encoding
/// (``OutgoingMessage/encodedJSON()``), platform request and response bodies, and the JSON-lines logger.
/// Foundation's `JSONSerialization` goes through `Any` casts and was most of a slash command's cost.
///
/// ```swift
/// JSONValue.object([("text", "hello"), ("ok", true)]).text   // {"text":"hello","ok":true}
/// ```
public enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    case string(String)
    case int(Int)
    /// A finite number; NaN and infinities are written as `null`.
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Members in the order given.
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// The JSON text.
    public var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    /// The JSON text as UTF-8 bytes, for an HTTP body.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// Appends the JSON text to `out`.
    public func write(into out: inout String) {
        switch self {
        case .string(let value): JSONValue.writeString(value, into: &out)
        case .int(let value): out += String(value)
        case .double(let value): out += value.isFinite ? String(value) : "null"
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                JSONValue.writeString(key, into: &out)
                out += ":"
                value.write(into: &out)
            }
            out += "}"
        }
    }

    /// Appends `text` as a JSON string literal, escaped in one pass: runs without escapes are copied whole.
    public static func writeString(_ text: String, into out: inout String) {
        out += "\""
        let scalars = text.unicodeScalars
        var run = scalars.startIndex
        for index in scalars.indices {
            let scalar = scalars[index]
            let escape: String
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: continue
            }
            out += String(scalars[run..<index])
            out += escape
            run = scalars.index(after: index)
        }
        out += String(scalars[run...])
        out += "\""
    }

    /// `text` as a JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        var out = ""
        writeString(text, into: &out)
        return out
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text == rhs.text }
}
