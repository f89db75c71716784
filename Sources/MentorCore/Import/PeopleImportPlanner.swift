import Foundation

/// Turns HRIS CSV text into an ``ImportPlan``, reporting every bad row by line number.
///
/// Validation is pure: it needs only the file and a way to ask whether a manager already exists.
public struct PeopleImportPlanner: Sendable {
    public var partial: Bool
    public var fullSync: Bool

    public init(partial: Bool = false, fullSync: Bool = false) {
        self.partial = partial
        self.fullSync = fullSync
    }

    /// Validates `text`. `knownEmail` answers whether a manager outside the file is already in the directory.
    public func plan(csv text: String, knownEmail: (String) -> Bool) -> ImportPlan {
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch {
            return ImportPlan(records: [], problems: [ImportProblem(line: 1, message: error.description)], partial: partial, fullSync: fullSync)
        }
        if let headerProblem = headerProblem(table.header) {
            return ImportPlan(records: [], problems: [headerProblem], partial: partial, fullSync: fullSync)
        }
        var zones = TimeZoneValidator()
        var problems: [ImportProblem] = []
        var records: [PersonRecord] = []
        var lineOfEmail: [String: Int] = [:]
        let columnIndex = Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, $0) })
        let position = PeopleImportColumn.allCases.map { columnIndex[$0.rawValue] }

        for row in table.rows {
            guard row.fields.count == table.header.count else {
                problems.append(ImportProblem(
                    line: row.line,
                    message: "has \(row.fields.count) fields but the header has \(table.header.count); check for an unquoted comma"
                ))
                continue
            }
            let cell = { (column: PeopleImportColumn) -> String in
                position[column.ordinal].map { row.fields[$0].trimmedOfSpaces } ?? ""
            }
            switch record(line: row.line, cell: cell, zones: &zones) {
            case .failure(let problem):
                problems.append(problem)
            case .success(let record):
                if let first = lineOfEmail[record.email] {
                    problems.append(ImportProblem(
                        line: row.line, message: "duplicate email \(record.email), first seen on line \(first); keep one row per person"
                    ))
                } else {
                    lineOfEmail[record.email] = row.line
                    records.append(record)
                }
            }
        }
        problems += managerProblems(records, knownEmail: knownEmail)
        let badLines = Set(problems.map(\.line))
        let good = records.filter { !badLines.contains($0.line) }
        return ImportPlan(records: good, problems: problems, partial: partial, fullSync: fullSync)
    }

    private func headerProblem(_ header: [String]) -> ImportProblem? {
        let known = Set(PeopleImportColumn.allCases.map(\.rawValue))
        let missing = PeopleImportColumn.required.map(\.rawValue).filter { !header.contains($0) }
        if !missing.isEmpty {
            return ImportProblem(line: 1, message: "header lacks required column(s) \(missing.joined(separator: ", ")); the columns are \(known.sorted().joined(separator: ","))")
        }
        if let unknown = header.first(where: { !known.contains($0) }) {
            let hint = Suggestion.closest(to: unknown, among: Array(known)).map { "; did you mean \($0)?" } ?? ""
            return ImportProblem(line: 1, message: "unknown column \"\(unknown)\"\(hint)")
        }
        let duplicates = Dictionary(grouping: header, by: { $0 }).filter { $1.count > 1 }.keys.sorted()
        if let duplicate = duplicates.first {
            return ImportProblem(line: 1, message: "column \"\(duplicate)\" appears twice; keep one")
        }
        return nil
    }

    private func record(
        line: Int, cell: (PeopleImportColumn) -> String, zones: inout TimeZoneValidator
    ) -> Result<PersonRecord, ImportProblem> {
        func problem(_ message: String) -> Result<PersonRecord, ImportProblem> {
            .failure(ImportProblem(line: line, message: message))
        }
        let email = cell(.email).lowercased()
        guard EmailAddress.isPlausible(email) else {
            return problem(email.isEmpty ? "email is empty" : "\"\(email)\" is not an email address")
        }
        let name = cell(.name)
        guard !name.isEmpty else { return problem("name is empty for \(email)") }
        let zone = cell(.timezone)
        if let zoneProblem = zones.problem(with: zone) { return problem(zoneProblem) }
        let stageText = cell(.careerStage)
        let stage = stageText.isEmpty ? CareerStage(level: 2) : CareerStage(parsing: stageText)
        guard let stage else {
            return problem("career_stage \"\(stageText)\" is unknown; use \(CareerStage.names.joined(separator: ", ")) or a level 1-10")
        }
        let hireText = cell(.hireDate)
        let hireDate = hireText.isEmpty ? nil : CalendarDate(iso: hireText)
        if !hireText.isEmpty && hireDate == nil {
            return problem("hire_date \"\(hireText)\" is not a date; write it as YYYY-MM-DD")
        }
        let statusText = cell(.status).lowercased()
        guard let status = statusText.isEmpty ? .active : EmploymentStatus(rawValue: statusText) else {
            return problem("status \"\(statusText)\" is unknown; use \(EmploymentStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let managerEmail = cell(.managerEmail).lowercased()
        if managerEmail == email { return problem("\(email) is listed as their own manager") }
        if !managerEmail.isEmpty && !EmailAddress.isPlausible(managerEmail) {
            return problem("manager_email \"\(managerEmail)\" is not an email address")
        }
        let languages = cell(.languages).split(whereSeparator: { $0 == ";" || $0 == "," || $0 == " " })
            .map { $0.lowercased() }
        if let bad = languages.first(where: { $0.count != 2 || !$0.allSatisfy(\.isLetter) }) {
            return problem("language \"\(bad)\" is not a two-letter ISO 639-1 code such as en, es or pt")
        }
        let consent = ["yes", "y", "true", "1"].contains(cell(.demographicsConsent).lowercased())
        let demographics = consent
            ? Demographics(gender: cell(.gender).nilIfEmpty, ageBand: cell(.ageBand).nilIfEmpty) : nil
        return .success(PersonRecord(
            line: line, email: email, displayName: name, managerEmail: managerEmail.nilIfEmpty, site: cell(.site),
            country: cell(.country).uppercased(), timeZoneID: zone, function: cell(.function), team: cell(.team),
            careerStage: stage, hireDate: hireDate, languages: languages.isEmpty ? ["en"] : languages, status: status,
            demographics: demographics
        ))
    }

    /// Unknown managers and manager cycles, reported on the lines involved.
    private func managerProblems(_ records: [PersonRecord], knownEmail: (String) -> Bool) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        let managerOf = Dictionary(uniqueKeysWithValues: records.compactMap { record in
            record.managerEmail.map { (record.email, $0) }
        })
        let lineOf = Dictionary(uniqueKeysWithValues: records.map { ($0.email, $0.line) })
        for record in records {
            if let manager = record.managerEmail, lineOf[manager] == nil, !knownEmail(manager) {
                problems.append(ImportProblem(
                    line: record.line, message: "manager_email \(manager) is not in this file or the directory; add them or leave it empty"
                ))
            }
        }
        var settled: Set<String> = []
        for record in records where !settled.contains(record.email) {
            var path: [String] = []
            var onPath: Set<String> = []
            var current: String? = record.email
            while let email = current, !settled.contains(email) {
                if onPath.contains(email) {
                    let cycle = Array(path.drop(while: { $0 != email }))
                    let lines = cycle.compactMap { lineOf[$0] }.sorted()
                    for line in lines {
                        problems.append(ImportProblem(
                            line: line, message: "manager cycle: \((cycle + [email]).joined(separator: " → ")); break the loop in manager_email"
                        ))
                    }
                    break
                }
                path.append(email)
                onPath.insert(email)
                current = managerOf[email]
            }
            settled.formUnion(path)
        }
        return problems
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }

    /// Without leading and trailing spaces; cheap when there are none, which is almost always.
    var trimmedOfSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        let space = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        return space(first) || space(last) ? trimmingCharacters(in: .whitespaces) : self
    }
}

extension PeopleImportColumn {
    /// The column's position in `allCases`, without searching for it on every cell.
    var ordinal: Int {
        switch self {
        case .email: 0
        case .name: 1
        case .managerEmail: 2
        case .site: 3
        case .country: 4
        case .timezone: 5
        case .function: 6
        case .team: 7
        case .careerStage: 8
        case .hireDate: 9
        case .languages: 10
        case .status: 11
        case .demographicsConsent: 12
        case .gender: 13
        case .ageBand: 14
        }
    }
}
