import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// Issue "Insights", acceptance "Outcomes are right": a generated organisation whose HR export is imported each month
/// for 18 months through `mentord import people --as-of`, with departures, returns, hires and promotions (some months
/// with `termination_date` and `last_promotion_date`, some by difference only), and pairings with known starts.
/// mentord's retention and promotion figures must equal a Python computation over the same CSV files.
@Suite(.serialized) struct OutcomesReferenceTests {
    let folder = TemporaryDirectory()
    var environment: [String: String] {
        ["MENTORD_DATA_DIR": folder.file("data"), "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning"]
    }

    static let window = day("2023-02-01")...day("2023-12-31")
    static let asOf = day("2024-06-30")

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test func outcomesEqualAnIndependentComputationOverTheSameFiles() throws {
        var org = GeneratedOrg(seed: 20)
        var imports: [[String: Any]] = []
        for month in 0..<GeneratedOrg.months {
            if month > 0 { org.advance(to: month) }
            let path = folder.file("hris-\(org.asOf(month)).csv")
            try org.csv(month).write(toFile: path, atomically: true, encoding: .utf8)
            let captured = CapturedTerminal(environment: environment, input: [])
            let status = MentordCLI.run(["import", "people", path, "--full-sync", "--as-of", org.asOf(month).description], terminal: captured.terminal)
            #expect(status == 0, "month \(month): \(captured.standardError)")
            imports.append(["file": path, "as_of": org.asOf(month).description, "full_sync": true])
        }
        let pairingsPath = folder.file("pairings.csv")
        try org.pairingsCSV().write(toFile: pairingsPath, atomically: true, encoding: .utf8)
        let database = try Database(path: folder.file("data") + "/mentord.sqlite")
        try insertPairings(org.pairings, database)

        let store = SQLitePersonHistoryStore(database: database)
        let histories = try store.personHistories()
        var lines = Self.lines(OutcomeMeasurement(window: Self.window, asOf: Self.asOf).report(histories))
        for dimension in OutcomeDimension.allCases {
            lines += Self.lines(OutcomeMeasurement(window: Self.window, asOf: Self.asOf, dimension: dimension).report(histories))
                .filter { !$0.hasPrefix("total ") }
        }
        let reference = try PythonReference.json("outcomes_reference.py", input: [
            "imports": imports, "pairings": pairingsPath, "window": [Self.window.lowerBound.description, Self.window.upperBound.description],
            "as_of": Self.asOf.description, "dimensions": OutcomeDimension.allCases.map(\.rawValue),
        ]) as? [String: Any]
        let expected = try #require(reference?["lines"] as? [String])
        #expect(lines.sorted() == expected, "\(Self.difference(lines.sorted(), expected))")

        // The figures are not vacuous: every kind of outcome happens.
        let total = OutcomeMeasurement(window: Self.window, asOf: Self.asOf).report(histories).total
        #expect(total.mentees.people >= 40 && total.mentors.people >= 30, "\(total)")
        #expect(total.mentees.retained < total.mentees.people && total.mentees.promoted > 0, "\(total.mentees)")
        #expect(total.menteeComparables.people >= 100 && total.menteeComparables.retained < total.menteeComparables.people)
        #expect(total.menteesNotYetMeasurable > 0 && total.mentorsNotYetMeasurable > 0)
        #expect(org.boundaryEvents >= 8, "departures and promotions exactly at 12 months and a day after")
    }

    private func insertPairings(_ pairings: [GeneratedOrg.PlannedPairing], _ database: Database) throws {
        let directory = SQLiteDirectory(database: database, clock: FakeClock())
        let store = SQLitePairingStore(database: database)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        for planned in pairings {
            let mentor = try #require(try directory.person(email: planned.mentor)), mentee = try #require(try directory.person(email: planned.mentee))
            let start = try #require(calendar.date(from: DateComponents(
                year: planned.start.year, month: planned.start.month, day: planned.start.day, hour: 12)))
            _ = try store.insertPairing(Pairing(
                program: "mentoring", mentor: mentor.id, mentee: mentee.id, source: .round, score: 1, reasons: [], startedAt: start,
                plannedEnd: start + 180 * 86_400
            ))
        }
    }

    /// The report as the Python script writes it: `GROUP FIGURE people retained promoted`, only figures that counted
    /// someone.
    static func lines(_ report: OutcomeReport) -> [String] {
        func figures(_ name: String, _ figures: OutcomeFigures) -> [String] {
            var lines: [String] = []
            for (label, counts) in [
                ("mentees", figures.mentees), ("mentors", figures.mentors), ("menteeComparables", figures.menteeComparables),
                ("mentorComparables", figures.mentorComparables),
            ] where counts.people > 0 {
                lines.append("\(name) \(label) \(counts.people) \(counts.retained) \(counts.promoted)")
            }
            for (label, count) in [("menteesNotYetMeasurable", figures.menteesNotYetMeasurable), ("mentorsNotYetMeasurable", figures.mentorsNotYetMeasurable)]
            where count > 0 {
                lines.append("\(name) \(label) \(count)")
            }
            return lines
        }
        return figures("total", report.total)
            + report.groups.flatMap { figures("\(report.dimension!.rawValue)=\($0.name)", $0.figures) }
    }

    static func difference(_ ours: [String], _ theirs: [String]) -> String {
        "mentord only: \(ours.filter { !theirs.contains($0) }); Python only: \(theirs.filter { !ours.contains($0) })"
    }
}

/// A seeded organisation and its monthly HR exports, and the pairings between its people.
private struct GeneratedOrg {
    static let months = 18
    static let functions = ["Engineering", "Sales", "Finance", "Product"]
    static let sites = ["Lagos", "Porto", "Tokyo"]

    struct Employee {
        var email: String
        var function: String
        var site: String
        var level: Int
        var hired: CalendarDate
        /// `active`, `left` or `alumni`: what the file will say once HR reports it.
        var status = "active"
        var terminated: CalendarDate?
        var promoted: CalendarDate?
        var listed = true
        /// HR reports this departure only in a later file (the export still says active, without a date).
        var lagging = false
        /// Months still listed after leaving, before the export drops them.
        var listedFor = 0
        /// The file keeps an old `last_promotion_date` after this promotion (HR did not update it).
        var stalePromotion: CalendarDate??
    }

    struct PlannedPairing {
        var mentor: String
        var mentee: String
        var start: CalendarDate
    }

    var random: SeededGenerator
    var people: [Employee] = []
    var pairings: [PlannedPairing] = []
    /// Departures (`leave`) and promotions (`promote`) planned on a day, by person index.
    var planned: [CalendarDate: [(Int, String)]] = [:]
    var boundaryEvents = 0
    var hires = 0

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
        for index in 0..<300 {
            let hired = CalendarDate(year: Int.random(in: 2010...2022, using: &random), month: Int.random(in: 1...12, using: &random), day: Int.random(in: 1...28, using: &random))
            var employee = Employee(
                email: "person\(index)@example.com", function: Self.functions.randomElement(using: &random)!,
                site: Self.sites.randomElement(using: &random)!, level: [1, 1, 2, 2, 2, 3, 3, 4, 5].randomElement(using: &random)!, hired: hired
            )
            if Bool.random(using: &random), hired < Self.day("2022-06-01") {
                employee.promoted = Self.between(hired, Self.day("2022-12-31"), &random)
            }
            if index % 40 == 7 {
                employee.status = index % 80 == 7 ? "alumni" : "left"
                employee.terminated = Self.between(max(hired, Self.day("2022-01-01")), Self.day("2023-01-20"), &random)
                employee.listedFor = 2
            }
            people.append(employee)
        }
        planPairings()
    }

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// The last day of month `month` (0 is January 2023).
    func asOf(_ month: Int) -> CalendarDate {
        CalendarDate(year: 2023, month: 1, day: 1).adding(months: month + 1).adding(days: -1)
    }

    /// Months whose export has `termination_date` and `last_promotion_date`; the others change by difference only.
    static func isDated(_ month: Int) -> Bool { month % 3 != 1 }

    static func between(_ from: CalendarDate, _ through: CalendarDate, _ random: inout SeededGenerator) -> CalendarDate {
        let span = from.daysUntil(through)
        return from.adding(days: span <= 0 ? 0 : Int.random(in: 0...span, using: &random))
    }

    /// 110 mentee starts (a few people twice, some mentors also mentees), each with a more senior mentor when there is
    /// one, and departures and promotions planned exactly 12 months after some starts, and a day later.
    mutating func planPairings() {
        let candidates = people.indices.filter { people[$0].status == "active" }
        for number in 0..<110 {
            let mentee = candidates.randomElement(using: &random)!
            let seniors = candidates.filter { people[$0].level > people[mentee].level && $0 != mentee }
            let mentor = (seniors.isEmpty ? candidates.filter { $0 != mentee } : seniors).randomElement(using: &random)!
            let start = number % 10 == 9
                ? Self.between(Self.day("2023-01-05"), Self.day("2023-01-30"), &random)
                : Self.between(Self.day("2023-02-01"), Self.day("2023-09-30"), &random)
            pairings.append(PlannedPairing(mentor: people[mentor].email, mentee: people[mentee].email, start: start))
            // Twelve months on lands in a month with exact dates (March, April or June 2024).
            if [3, 4, 6].contains(start.month), start.year == 2023, number % 2 == 0 {
                let kind = number % 4 == 0 ? "leave" : "promote"
                let late = (number / 2) % 3 == 0 ? 1 : 0
                planned[start.adding(months: 12).adding(days: late), default: []].append((mentee, kind))
                boundaryEvents += 1
            }
        }
    }

    /// Moves the organisation through month `month`: planned events on their days, then random departures,
    /// returns, promotions, transfers and hires.
    mutating func advance(to month: Int) {
        let from = asOf(month - 1).adding(days: 1), through = asOf(month)
        let dated = Self.isDated(month)
        for index in people.indices {
            if people[index].status != "active" {
                if people[index].listedFor > 0 { people[index].listedFor -= 1 } else { people[index].listed = false }
            }
            if people[index].lagging { people[index].lagging = false }
        }
        var day = from
        while day <= through {
            for (index, kind) in planned[day] ?? [] where people[index].status == "active" {
                if kind == "leave" { leave(index, on: day, dated: dated) } else { promote(index, on: day, dated: dated) }
            }
            day = day.adding(days: 1)
        }
        for index in people.indices {
            let roll = Int.random(in: 0..<1000, using: &random)
            if people[index].status == "active" {
                if roll < 15 {
                    leave(index, on: Self.between(from, through, &random), dated: dated)
                } else if roll < 45, people[index].level < 5 {
                    promote(index, on: Self.between(from, through, &random), dated: dated)
                } else if roll < 48 {
                    people[index].function = Self.functions.randomElement(using: &random)!
                }
            } else if roll < 60, let terminated = people[index].terminated, terminated.daysUntil(from) > 45 {
                people[index].status = "active"
                people[index].hired = Self.between(from, through, &random)
                people[index].listed = true
                people[index].listedFor = 0
            }
        }
        for _ in 0..<4 {
            hires += 1
            people.append(Employee(
                email: "hire\(hires)@example.com", function: Self.functions.randomElement(using: &random)!,
                site: Self.sites.randomElement(using: &random)!, level: Int.random(in: 1...2, using: &random),
                hired: Self.between(from, through, &random)
            ))
        }
    }

    mutating func leave(_ index: Int, on day: CalendarDate, dated: Bool) {
        let mode = Int.random(in: 0..<6, using: &random)
        people[index].status = mode == 5 ? "alumni" : "left"
        people[index].terminated = day
        people[index].lagging = mode == 3
        people[index].listedFor = mode == 4 ? 0 : Int.random(in: 1...3, using: &random)
        if mode == 4 { people[index].listed = false }
    }

    mutating func promote(_ index: Int, on day: CalendarDate, dated: Bool) {
        let old = people[index].promoted
        people[index].level = min(people[index].level + 1, 5)
        people[index].promoted = day
        people[index].stalePromotion = dated && Int.random(in: 0..<10, using: &random) == 0 ? .some(old) : nil
    }

    /// The HR export of month `month`.
    func csv(_ month: Int) -> String {
        let dated = month == 0 || Self.isDated(month)
        var header = "email,name,timezone,site,function,career_stage,hire_date,status"
        if dated { header += ",termination_date,last_promotion_date" }
        var lines = [header]
        for (index, person) in people.enumerated() where person.listed && person.hired <= asOf(month) {
            var status = person.status
            var terminated = person.terminated.map(\.description) ?? ""
            if person.lagging {
                status = "active"
                terminated = ""
            } else if dated, status != "active", index % 2 == 0, person.terminated.map({ $0 > asOf(month - 1) }) == true {
                status = "active"
            }
            let stage = person.level <= 5 && index % 7 != 3 ? CareerStage(level: person.level)!.description : "L\(person.level)"
            var line = "\(person.email),Person \(index),UTC,\(person.site),\(person.function),\(stage),\(person.hired),\(status)"
            if dated {
                let promoted = person.stalePromotion.map { $0?.description ?? "" } ?? person.promoted?.description ?? ""
                line += ",\(terminated),\(promoted)"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func pairingsCSV() -> String {
        (["mentor_email,mentee_email,started_on"] + pairings.map { "\($0.mentor),\($0.mentee),\($0.start)" }).joined(separator: "\n") + "\n"
    }
}

extension CalendarDate {
    /// This date moved by `days` days.
    fileprivate func adding(days: Int) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        return CalendarDate(calendar.date(byAdding: .day, value: days, to: date)!, in: .gmt)
    }

    /// The days from this date to `other` (negative when `other` is earlier).
    fileprivate func daysUntil(_ other: CalendarDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let start = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let end = calendar.date(from: DateComponents(year: other.year, month: other.month, day: other.day))!
        return calendar.dateComponents([.day], from: start, to: end).day!
    }

}
