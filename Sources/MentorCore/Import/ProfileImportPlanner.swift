import Foundation

/// Plans a bulk profile import from CSV, e.g. answers to an intake survey: `email`, `consented`, then any of the
/// `profile set` fields as columns (`roles`, `expertise`, `goals`, `capacity`, `bio`, …; several values separated by `;`).
///
/// Only rows whose `consented` is `yes` are imported: joining the program is the person's choice. A row whose person
/// said no (or left it empty) is skipped and listed, not an error (finding 70). Every bad row is reported by line,
/// with the same message `profile set` would give.
public struct ProfileImportPlanner: Sendable {
    public struct Plan: Sendable {
        public var profiles: [Profile]
        public var problems: [ImportProblem]
        /// Rows left alone because the person did not consent, by line.
        public var skipped: [ImportProblem] = []
    }

    /// The `consented` answers that mean no; anything other than these and `yes` is a problem.
    static let refusals: Set<String> = ["no", "n", "false", "0", ""]

    let directory: any DirectoryStore
    let profiles: any ProfileStore
    let messages: Messages
    let now: Date

    public init(directory: any DirectoryStore, profiles: any ProfileStore, messages: Messages, now: Date) {
        self.directory = directory
        self.profiles = profiles
        self.messages = messages
        self.now = now
    }

    public func plan(csv text: String) throws -> Plan {
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch {
            return Plan(profiles: [], problems: [ImportProblem(line: 1, message: error.description)])
        }
        if let hint = table.singleColumnHint {
            return Plan(profiles: [], problems: [ImportProblem(line: 1, message: hint)])
        }
        let header = table.header.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        var problems: [ImportProblem] = []
        guard let emailColumn = header.firstIndex(of: "email"), let consentColumn = header.firstIndex(of: "consented") else {
            return Plan(profiles: [], problems: [ImportProblem(line: 1, message: "the header needs email and consented columns")])
        }
        var fields: [(Int, ProfileField)] = []
        for (index, name) in header.enumerated() where index != emailColumn && index != consentColumn {
            guard let field = ProfileField(parsing: name) else {
                problems.append(ImportProblem(line: 1, message: "unknown column \"\(name)\"; columns are email, consented and \(ProfileField.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            fields.append((index, field))
        }
        var result: [Profile] = []
        var skipped: [ImportProblem] = []
        var seen = Set<String>()
        rows: for row in table.rows {
            let value = { (column: Int) in column < row.fields.count ? row.fields[column] : "" }
            let email = value(emailColumn).trimmingCharacters(in: .whitespaces).lowercased()
            guard seen.insert(email).inserted else {
                problems.append(ImportProblem(line: row.line, message: "\(email) appears twice"))
                continue
            }
            guard let person = try directory.person(email: email) else {
                problems.append(ImportProblem(line: row.line, message: "no person with email \(email); import people first"))
                continue
            }
            let consent = value(consentColumn).trimmingCharacters(in: .whitespaces).lowercased()
            guard consent == "yes" else {
                if Self.refusals.contains(consent) {
                    skipped.append(ImportProblem(line: row.line, message: "\(email) has not consented; their profile is left alone"))
                } else {
                    problems.append(ImportProblem(line: row.line, message: "consented \"\(consent)\" for \(email) is neither yes nor no; write yes to import the row, no to skip it"))
                }
                continue
            }
            var profile = try profiles.profileOrDefault(for: person.id)
            for (column, field) in fields where !value(column).isEmpty {
                let text = field == .bio ? value(column) : value(column).replacingOccurrences(of: ";", with: ",")
                do {
                    try field.apply(text, to: &profile)
                } catch {
                    problems.append(ImportProblem(line: row.line, message: "\(field.rawValue): \(withoutChatEnding(messages(error.key, error.arguments)))"))
                    continue rows
                }
            }
            profile.consentedAt = profile.consentedAt ?? now
            result.append(profile)
        }
        return Plan(profiles: result, problems: problems, skipped: skipped)
    }

    /// A `profile set` message without its closing "Nothing was changed.": in an import, what happens to the file is
    /// said once at the end, for every row.
    private func withoutChatEnding(_ message: String) -> String {
        let ending = messages("chat.nothing_changed")
        guard message.hasSuffix(ending) else { return message }
        return String(message.dropLast(ending.count)).trimmingCharacters(in: .whitespaces)
    }
}
