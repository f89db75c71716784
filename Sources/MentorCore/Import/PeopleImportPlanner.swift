import Foundation

/// Turns HRIS CSV text into an ``ImportPlan``, reporting every bad row by line number.
///
/// Validation is pure: it needs only the file and a way to ask whether a manager already exists.
public struct PeopleImportPlanner: Sendable {
    public var partial: Bool
    public var fullSync: Bool
    /// The day the file describes (`import people --as-of`); nil for the store's today. A `last_promotion_date` after
    /// it is a problem.
    public var asOf: CalendarDate?

    public init(partial: Bool = false, fullSync: Bool = false, asOf: CalendarDate? = nil) {
        self.partial = partial
        self.fullSync = fullSync
        self.asOf = asOf
    }

    /// Validates `text`. `knownEmail` answers whether a manager outside the file is already in the directory.
    public func plan(csv text: String, knownEmail: (String) -> Bool) -> ImportPlan {
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch {
            return ImportPlan(records: [], problems: [ImportProblem(line: 1, message: error.description)], partial: partial, fullSync: fullSync, asOf: asOf)
        }
        if let headerProblem = headerProblem(table.header, delimiterName: table.delimiterName) {
            return ImportPlan(records: [], problems: [headerProblem], partial: partial, fullSync: fullSync, asOf: asOf)
        }
        var zones = TimeZoneValidator()
        var problems: [ImportProblem] = []
        var records: [PersonRecord] = []
        var links: [ManagerLink] = []
        var lineOfEmail: [String: Int] = [:]
        let columnIndex = Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, $0) })
        let position = PeopleImportColumn.allCases.map { columnIndex[$0.rawValue] }

        for row in table.rows {
            guard row.fields.count == table.header.count else {
                problems.append(ImportProblem(
                    line: row.line,
                    message: "has \(row.fields.count) fields but the header has \(table.header.count); check for an unquoted \(table.delimiterName)"
                ))
                continue
            }
            let cell = { (column: PeopleImportColumn) -> String in
                position[column.ordinal].map { row.fields[$0].trimmedOfSpaces } ?? ""
            }
            var checked = check(line: row.line, cell: cell, zones: &zones)
            if let email = checked.email {
                if let first = lineOfEmail[email] {
                    checked.problems.insert("duplicate email \(email), first seen on line \(first); keep one row per person", at: 0)
                    checked.link = nil
                } else {
                    lineOfEmail[email] = row.line
                }
            }
            if let link = checked.link { links.append(link) }
            if checked.problems.isEmpty, let record = checked.record {
                records.append(record)
            }
            problems += checked.problems.map { ImportProblem(line: row.line, message: $0) }
        }
        problems += managerProblems(links, knownEmail: knownEmail)
        // Every problem of a line together, in the file's order (finding 71).
        problems = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        let badLines = Set(problems.map(\.line))
        let good = records.filter { !badLines.contains($0.line) }
        return ImportPlan(records: good, problems: problems, partial: partial, fullSync: fullSync, asOf: asOf)
    }

    /// One row's email and manager, kept even when the row has other problems so an unknown manager or a cycle is
    /// reported on every line involved.
    struct ManagerLink {
        var line: Int
        var email: String
        var manager: String?
    }

    /// What checking one row found: the record when it is good, and every problem on the line.
    struct RowCheck {
        var email: String?
        var record: PersonRecord?
        var link: ManagerLink?
        var problems: [String] = []
    }

    private func headerProblem(_ header: [String], delimiterName: String) -> ImportProblem? {
        let known = Set(PeopleImportColumn.allCases.map(\.rawValue))
        let missing = PeopleImportColumn.required.map(\.rawValue).filter { !header.contains($0) }
        if !missing.isEmpty {
            let found = header.count == 1
                ? "the header is one column, \"\(header[0].prefix(60))\""
                : "the header has \(header.count) columns separated by \(delimiterName)s: \(header.joined(separator: ", "))"
            return ImportProblem(line: 1, message: "required column(s) \(missing.joined(separator: ", ")) not found; \(found). mentord reads columns separated by commas, semicolons or tabs, named as in the first line of Config/sample-org.csv; save the sheet again as CSV UTF-8 with those names")
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

    private func check(line: Int, cell: (PeopleImportColumn) -> String, zones: inout TimeZoneValidator) -> RowCheck {
        var result = RowCheck()
        let email = cell(.email).lowercased()
        if EmailAddress.isPlausible(email) {
            result.email = email
        } else {
            result.problems.append(email.isEmpty ? "email is empty" : "\"\(email)\" is not an email address")
        }
        let name = cell(.name)
        if name.isEmpty { result.problems.append("name is empty" + (result.email.map { " for \($0)" } ?? "")) }
        let zoneText = cell(.timezone)
        if let zoneProblem = zones.problem(with: zoneText) { result.problems.append(zoneProblem) }
        let zone = zones.canonical(zoneText)
        let stageText = cell(.careerStage)
        let stage = stageText.isEmpty ? CareerStage(level: 2) : CareerStage(parsing: stageText)
        if stage == nil {
            result.problems.append("career_stage \"\(stageText)\" is unknown; use \(CareerStage.names.joined(separator: ", ")) or a level 1-10")
        }
        let hireText = cell(.hireDate)
        let hireDate = hireText.isEmpty ? nil : CalendarDate(iso: hireText)
        if !hireText.isEmpty && hireDate == nil {
            result.problems.append("hire_date \"\(hireText)\" is not a date; write it as YYYY-MM-DD")
        }
        let terminationDate = date(cell(.terminationDate), column: .terminationDate, problems: &result.problems)
        let promotionDate = date(cell(.lastPromotionDate), column: .lastPromotionDate, problems: &result.problems)
        if let promotionDate, let asOf, asOf < promotionDate {
            result.problems.append("last_promotion_date \(promotionDate) is after the day this file describes (\(asOf)); a current career stage cannot start later. Fix the date, or import with --as-of \(promotionDate) or later")
        }
        let statusText = cell(.status).lowercased()
        let status = statusText.isEmpty ? .active : EmploymentStatus(rawValue: statusText)
        if status == nil {
            result.problems.append("status \"\(statusText)\" is unknown; use \(EmploymentStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let managerEmail = cell(.managerEmail).lowercased()
        var manager: String? = nil
        if !managerEmail.isEmpty && managerEmail == email {
            result.problems.append("\(email) is listed as their own manager")
        } else if !managerEmail.isEmpty && !EmailAddress.isPlausible(managerEmail) {
            result.problems.append("manager_email \"\(managerEmail)\" is not an email address")
        } else {
            manager = managerEmail.nilIfEmpty
        }
        let languages = cell(.languages).split(whereSeparator: { $0 == ";" || $0 == "," || $0 == " " })
            .map { $0.lowercased() }
        let badLanguages = languages.filter { $0.count != 2 || !$0.allSatisfy(\.isLetter) }
        if !badLanguages.isEmpty {
            let listed = badLanguages.map { "\"\($0)\"" }.joined(separator: ", ")
            result.problems.append("language \(listed) is not a two-letter ISO 639-1 code such as en, es or pt")
        }
        if let email = result.email { result.link = ManagerLink(line: line, email: email, manager: manager) }
        guard result.problems.isEmpty, let email = result.email, let stage, let status else { return result }
        let consent = ["yes", "y", "true", "1"].contains(cell(.demographicsConsent).lowercased())
        let demographics = consent
            ? Demographics(gender: cell(.gender).nilIfEmpty, ageBand: cell(.ageBand).nilIfEmpty) : nil
        result.record = PersonRecord(
            line: line, email: email, displayName: name, managerEmail: manager, site: cell(.site),
            country: cell(.country).uppercased(), timeZoneID: zone, function: cell(.function), team: cell(.team),
            careerStage: stage, hireDate: hireDate, languages: languages.isEmpty ? ["en"] : languages, status: status,
            demographics: demographics, terminationDate: terminationDate, lastPromotionDate: promotionDate
        )
        return result
    }

    /// An optional date column's value; a problem when it is not `YYYY-MM-DD`.
    private func date(_ text: String, column: PeopleImportColumn, problems: inout [String]) -> CalendarDate? {
        guard !text.isEmpty else { return nil }
        guard let date = CalendarDate(iso: text) else {
            problems.append("\(column.rawValue) \"\(text)\" is not a date; write it as YYYY-MM-DD")
            return nil
        }
        return date
    }

    /// Unknown managers and manager cycles, reported on the lines involved.
    private func managerProblems(_ records: [ManagerLink], knownEmail: (String) -> Bool) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        let managerOf = Dictionary(uniqueKeysWithValues: records.compactMap { record in
            record.manager.map { (record.email, $0) }
        })
        let lineOf = Dictionary(uniqueKeysWithValues: records.map { ($0.email, $0.line) })
        for record in records {
            if let manager = record.manager, lineOf[manager] == nil, !knownEmail(manager) {
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
        case .terminationDate: 15
        case .lastPromotionDate: 16
        }
    }
}
