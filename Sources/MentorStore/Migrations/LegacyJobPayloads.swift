import Foundation

/// Migration 12's rewrite of the jobs pending before it: payloads from escaped `key=value` lines to JSON, with the
/// fields that were only in the key (an occurrence, a digest's time, a month, a notice's occasion), and each job's
/// subject from its key. It is frozen with the migration: it reads the formats of that day, whatever the job
/// types look like later.
enum LegacyJobPayloads {
    static func migrate(_ connection: SQLiteConnection) throws {
        let rows = try connection.query("SELECT id, kind, key, payload FROM jobs") { ($0.int64(0), $0.string(1), $0.string(2), $0.string(3)) }
        for (id, kind, key, payload) in rows where !payload.hasPrefix("{") {
            let parts = key.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            let json = try JSONSerialization.data(withJSONObject: try object(kind: kind, parts: parts, fields: fields(payload)), options: [.sortedKeys])
            let subject = subject(parts)
            // The inactivity job lost the due time from its key: a pairing has one pending at a time.
            let newKey = kind == "inactivity" && parts.count == 4 ? parts.prefix(3).joined(separator: ":") : key
            try connection.execute(
                "UPDATE jobs SET key = ?, payload = ?, subject_kind = ?, subject_id = ? WHERE id = ?", .text(newKey),
                .text(String(decoding: json, as: UTF8.self)), subject.map { .text($0.kind) } ?? .null, subject.map { .integer($0.id) } ?? .null,
                .integer(id))
        }
    }

    /// The JSON object of one job: numbers as numbers, `chase` as a flag, `reply` as the message itself.
    private static func object(kind: String, parts: [String], fields: [String: String]) throws -> [String: Any] {
        var object: [String: Any] = [:]
        for (name, value) in fields {
            switch name {
            case "zone": object[name] = value
            case "chase": object[name] = value == "1"
            case "reply": object[name] = try JSONSerialization.jsonObject(with: Data(value.utf8))
            default: object[name] = Int64(value) ?? value
            }
        }
        func number(_ index: Int) -> Int64 { parts.indices.contains(index) ? Int64(parts[index]) ?? 0 : 0 }
        switch kind {
        case "reflectionPrompt": object["occurrence"] = number(4)  // reflect:meeting:M:SEQUENCE:OCCURRENCE:PERSON
        case "meetingAdvance": object["occurrence"] = number(3)  // meeting:M:SEQUENCE:OCCURRENCE:advance
        case "digest": object["at"] = number(2)  // digest:PERSON:SECONDS
        case "recognitionPost":  // recognition:YEAR-MONTH
            let month = (parts.last ?? "").split(separator: "-").compactMap { Int($0) }
            object["year"] = month.first ?? 0
            object["month"] = month.last ?? 0
        case "notice" where parts.first == "pairing":  // pairing:P:ladder:STEP:PERSON
            object["pairing"] = number(1)
            object["step"] = number(3)
        case "notice":  // circle:C:MEETING:eve:PERSON
            object["circle"] = number(1)
            object["meeting"] = number(2)
        default: break
        }
        return object
    }

    /// What a job was about, read from the front of its key.
    private static func subject(_ parts: [String]) -> (kind: String, id: Int64)? {
        func id(_ index: Int) -> Int64? { parts.indices.contains(index) ? Int64(parts[index]) : nil }
        let found: (String, Int64?)? = switch parts.first {
        case "pairing": ("pairing", id(1))
        case "meeting": ("meeting", id(1))
        case "reflect": ("meeting", id(2))
        case "circle" where parts.count > 3 && parts[3] == "eve": ("meeting", id(2))
        case "circle": ("circle", id(1))
        case "oh": ("officeHours", id(1))
        case "goal": ("goal", id(1))
        case "digest": ("person", id(1))
        default: nil
        }
        guard let (kind, number) = found, let number else { return nil }
        return (kind, number)
    }

    /// The `key=value` lines, with `\`, `=` and newlines escaped by a backslash.
    static func fields(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
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
}
