/// Percent-decoding shared by form bodies, query strings and route parameters.
public enum PercentEncoding {
    /// What to do with a `%` that is not followed by two hex digits.
    public enum Malformed: Sendable {
        /// Keep the bytes as they are (forms: be lenient with what clients send).
        case keepLiteral
        /// Give up and return nil (paths: a bad escape is a bad request).
        case reject
    }

    /// Decodes `%XX` escapes, and `+` as a space when `plusIsSpace`. Nil when `malformed` is `.reject`
    /// and an escape is bad, or when the result is not valid UTF-8 under `.reject`.
    public static func decode(_ text: String, plusIsSpace: Bool, malformed: Malformed) -> String? {
        let input = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "+"), plusIsSpace {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                if index + 2 < input.count, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                    bytes.append(high << 4 | low)
                    index += 3
                    continue
                }
                if malformed == .reject { return nil }
                bytes.append(byte)
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        switch malformed {
        case .keepLiteral: return String(decoding: bytes, as: UTF8.self)
        case .reject: return String(validating: bytes, as: UTF8.self)
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
