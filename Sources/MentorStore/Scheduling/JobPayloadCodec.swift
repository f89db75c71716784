/// Job payloads as `key=value` lines, with `\`, `=` and newlines escaped: several times faster to read and write
/// than JSON for the flat string maps jobs carry, which matters when thousands fall due at once.
enum JobPayloadCodec {
    static func encode(_ payload: [String: String]) -> String {
        payload.sorted { $0.key < $1.key }.map { escape($0.key) + "=" + escape($0.value) }.joined(separator: "\n")
    }

    static func decode(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if !line.contains("\\"), let equals = line.firstIndex(of: "=") {
                result[String(line[..<equals])] = String(line[line.index(after: equals)...])
                continue
            }
            var key = "", value = "", inValue = false, escaped = false
            for character in line {
                if escaped {
                    let literal: Character = character == "n" ? "\n" : character
                    if inValue { value.append(literal) } else { key.append(literal) }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "=" && !inValue {
                    inValue = true
                } else if inValue {
                    value.append(character)
                } else {
                    key.append(character)
                }
            }
            result[key] = value
        }
        return result
    }

    private static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "=" || $0 == "\n" }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "=": result += "\\="
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }
}
