import MentorCore
import Testing

/// How an import row extends its person's employment history, and the new date columns' checks.
@Suite struct PeopleImportHistoryTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    static func stage(_ level: Int) -> CareerStage { CareerStage(level: level)! }

    static func record(
        level: Int = 2, status: EmploymentStatus = .active, hired: String? = nil, terminated: String? = nil, promoted: String? = nil
    ) -> PersonRecord {
        PersonRecord(
            line: 2, email: "ana@example.com", displayName: "Ana", timeZoneID: "UTC", careerStage: stage(level), hireDate: hired.map(day),
            status: status, terminationDate: terminated.map(day), lastPromotionDate: promoted.map(day)
        )
    }

    static func state(_ text: String, _ status: EmploymentStatus, _ level: Int, _ source: EmploymentHistorySource) -> EmploymentState {
        EmploymentState(effectiveOn: day(text), status: status, careerStage: stage(level), source: source)
    }

    let asOf = day("2025-03-31")

    @Test func aFirstImportRecordsTheStateOnItsDayOrFromTheExactDates() {
        #expect(Self.record(hired: "2019-01-07").historyEntries(after: [], asOf: asOf) == [Self.state("2025-03-31", .active, 2, .importDate)])
        #expect(Self.record(hired: "2019-01-07", promoted: "2024-07-01").historyEntries(after: [], asOf: asOf)
            == [Self.state("2024-07-01", .active, 2, .lastPromotionDate)])
        #expect(Self.record(hired: "2024-09-01", promoted: "2024-07-01").historyEntries(after: [], asOf: asOf)
            == [Self.state("2024-09-01", .active, 2, .lastPromotionDate)], "a stage held since before a rehire holds from the hire")
        #expect(Self.record(status: .left, terminated: "2025-02-14").historyEntries(after: [], asOf: asOf)
            == [Self.state("2025-02-14", .left, 2, .terminationDate)])
        #expect(Self.record(terminated: "2025-02-14", promoted: "2024-07-01").historyEntries(after: [], asOf: asOf) == [
            Self.state("2024-07-01", .active, 2, .lastPromotionDate), Self.state("2025-02-14", .left, 2, .terminationDate),
        ], "a termination_date makes them left even when status still says active")
        #expect(Self.record(status: .alumni).historyEntries(after: [], asOf: asOf) == [Self.state("2025-03-31", .alumni, 2, .importDate)])
    }

    @Test func aTerminationDateAfterTheImportsDayOrBeforeARehireDoesNotMakeThemLeft() {
        #expect(Self.record(terminated: "2025-04-30").status(on: asOf) == .active, "notice given, not gone yet")
        #expect(Self.record(terminated: "2025-04-30").status(on: Self.day("2025-04-30")) == .left)
        #expect(Self.record(hired: "2024-01-08", terminated: "2023-05-31").status(on: asOf) == .active)
        #expect(Self.record(status: .alumni, terminated: "2025-01-31").status(on: asOf) == .alumni)
    }

    @Test func aLaterImportRecordsOnlyWhatChangedDatedExactlyWhenItCan() {
        let recorded = [Self.state("2024-01-31", .active, 2, .importDate)]
        #expect(Self.record().historyEntries(after: recorded, asOf: asOf) == [], "nothing changed")
        #expect(Self.record(level: 3).historyEntries(after: recorded, asOf: asOf) == [Self.state("2025-03-31", .active, 3, .importDate)])
        #expect(Self.record(level: 3, promoted: "2025-03-03").historyEntries(after: recorded, asOf: asOf)
            == [Self.state("2025-03-03", .active, 3, .lastPromotionDate)])
        #expect(Self.record(status: .left).historyEntries(after: recorded, asOf: asOf) == [Self.state("2025-03-31", .left, 2, .importDate)])
        #expect(Self.record(terminated: "2025-03-14").historyEntries(after: recorded, asOf: asOf)
            == [Self.state("2025-03-14", .left, 2, .terminationDate)])
        #expect(Self.record(level: 3, terminated: "2025-03-14").historyEntries(after: recorded, asOf: asOf)
            == [Self.state("2025-03-14", .left, 3, .terminationDate)], "a new stage without its date is the stage they left at")
        #expect(Self.record(level: 3, terminated: "2025-03-14", promoted: "2025-02-03").historyEntries(after: recorded, asOf: asOf) == [
            Self.state("2025-02-03", .active, 3, .lastPromotionDate), Self.state("2025-03-14", .left, 3, .terminationDate),
        ])
    }

    @Test func aStalePromotionDateIsIgnoredAndAReturnIsDatedByTheHireDate() {
        let promoted = [Self.state("2023-01-31", .active, 2, .importDate), Self.state("2024-06-01", .active, 3, .lastPromotionDate)]
        #expect(Self.record(level: 4, promoted: "2024-06-01").historyEntries(after: promoted, asOf: asOf)
            == [Self.state("2025-03-31", .active, 4, .importDate)], "HR left the old promotion's date in place")
        let gone = [Self.state("2023-01-31", .active, 2, .importDate), Self.state("2024-02-29", .left, 2, .terminationDate)]
        #expect(Self.record(hired: "2025-01-06").historyEntries(after: gone, asOf: asOf) == [Self.state("2025-01-06", .active, 2, .hireDate)])
        #expect(Self.record(hired: "2022-01-06").historyEntries(after: gone, asOf: asOf)
            == [Self.state("2025-03-31", .active, 2, .importDate)], "an old hire date cannot date the return")
        #expect(Self.record(level: 3, hired: "2025-01-06").historyEntries(after: gone, asOf: asOf)
            == [Self.state("2025-01-06", .active, 3, .hireDate)], "they came back at the new stage")
    }

    @Test func theDateColumnsAreCheckedLikeTheOthersAndAPromotionCannotBeInTheFuture() {
        let header = "email,name,timezone,career_stage,termination_date,last_promotion_date"
        let planner = PeopleImportPlanner(asOf: asOf)
        let plan = planner.plan(csv: [
            header, "a@example.com,A,UTC,mid,2025-02-30,", "b@example.com,B,UTC,mid,,31/01/2025", "c@example.com,C,UTC,mid,,2025-04-01",
            "d@example.com,D,UTC,senior,2025-03-01,2024-03-01",
        ].joined(separator: "\n")) { _ in false }
        #expect(plan.problems.map(\.description) == [
            "line 2: termination_date \"2025-02-30\" is not a date; write it as YYYY-MM-DD",
            "line 3: last_promotion_date \"31/01/2025\" is not a date; write it as YYYY-MM-DD",
            "line 4: last_promotion_date 2025-04-01 is after the day this file describes (2025-03-31); a current career stage cannot start later. Fix the date, or import with --as-of 2025-04-01 or later",
        ])
        #expect(plan.records.map(\.email) == ["d@example.com"])
        #expect(plan.records[0].terminationDate == Self.day("2025-03-01"))
        #expect(plan.records[0].lastPromotionDate == Self.day("2024-03-01"))
        #expect(plan.asOf == asOf)
    }
}
