import Foundation

/// One content line of an iCalendar file (RFC 5545 §3.1): `NAME;PARAM=VALUE:value`, unfolded.
struct ICSContentLine: Sendable {
    var name: String
    var parameters: [String: String]
    var value: String
    /// The 1-based line number where it started, for error messages.
    var lineNumber: Int

    /// Splits `text` into unfolded content lines. A line starting with a space or tab continues the one before.
    static func parse(_ text: String) -> (lines: [ICSContentLine], problems: [ICSProblem]) {
        var lines: [ICSContentLine] = []
        var problems: [ICSProblem] = []
        var pending: (text: String, line: Int)?
        func flush() {
            guard let (raw, number) = pending else { return }
            pending = nil
            if raw.isEmpty { return }
            if let line = ICSContentLine(raw, lineNumber: number) {
                lines.append(line)
            } else {
                problems.append(ICSProblem(line: number, message: "not a content line (NAME:value)"))
            }
        }
        var number = 0
        for physical in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            if let first = physical.first, first == " " || first == "\t", pending != nil {
                pending!.text += physical.dropFirst()
            } else {
                flush()
                pending = (String(physical), number)
            }
        }
        flush()
        return (lines, problems)
    }

    private init?(_ raw: String, lineNumber: Int) {
        // The value starts at the first colon outside a quoted parameter value.
        var inQuotes = false
        var colon: String.Index?
        for index in raw.indices {
            let character = raw[index]
            if character == "\"" { inQuotes.toggle() }
            if character == ":" && !inQuotes {
                colon = index
                break
            }
        }
        guard let colon else { return nil }
        let head = raw[..<colon].split(separator: ";", omittingEmptySubsequences: false)
        guard let nameText = head.first, !nameText.isEmpty else { return nil }
        name = nameText.uppercased()
        parameters = [:]
        for parameter in head.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            parameters[pair[0].uppercased()] = pair[1].trimmingCharacters(in: ["\""])
        }
        value = String(raw[raw.index(after: colon)...])
        self.lineNumber = lineNumber
    }
}

/// Something wrong in a calendar feed, with its line: the same shape as a bad row in an import.
public typealias ICSProblem = ImportProblem
