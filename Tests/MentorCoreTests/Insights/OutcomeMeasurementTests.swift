import MentorCore
import Testing

/// Retention and promotion over 12 months, and the comparables, on small histories whose answers are obvious.
@Suite struct OutcomeMeasurementTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// `states` as (day, status, level).
    static func person(
        _ id: Int64, function: String = "Engineering", site: String = "Lagos", _ states: [(String, EmploymentStatus, Int)],
        mentee: String? = nil, mentor: String? = nil
    ) -> PersonHistory {
        PersonHistory(
            id: PersonID(id), function: function, site: site,
            states: states.map { EmploymentState(effectiveOn: day($0.0), status: $0.1, careerStage: CareerStage(level: $0.2)!, source: .importDate) },
            firstMenteeStart: mentee.map(day), firstMentorStart: mentor.map(day)
        )
    }

    let measurement = OutcomeMeasurement(window: day("2024-01-01")...day("2024-12-31"), asOf: day("2025-12-31"))

    @Test func aMenteeStillEmployedAndPromotedTwelveMonthsOnCountsInBoth() {
        let report = measurement.report([
            Self.person(1, [("2023-06-01", .active, 2), ("2024-09-01", .active, 3)], mentee: "2024-03-10"),
        ])
        #expect(report.total.mentees == OutcomeCounts(people: 1, retained: 1, promoted: 1))
        #expect(report.total.mentors == OutcomeCounts())
    }

    @Test func leavingOnTheDayTwelveMonthsOnIsNotRetainedButADayLaterIs() {
        let report = measurement.report([
            Self.person(1, [("2023-06-01", .active, 2), ("2025-03-10", .left, 2)], mentee: "2024-03-10"),
            Self.person(2, [("2023-06-01", .active, 2), ("2025-03-11", .left, 2)], mentee: "2024-03-10"),
            Self.person(3, [("2023-06-01", .active, 2), ("2025-03-09", .left, 2)], mentee: "2024-03-10"),
        ])
        #expect(report.total.mentees == OutcomeCounts(people: 3, retained: 1, promoted: 0))
    }

    @Test func aPromotionBeforeLeavingCountsAndALaterRehireIsRetained() {
        let report = measurement.report([
            Self.person(1, [("2023-06-01", .active, 2), ("2024-06-01", .active, 3), ("2024-09-01", .left, 3)], mentee: "2024-03-10"),
            Self.person(2, [("2023-06-01", .active, 2), ("2024-05-01", .left, 2), ("2024-10-01", .active, 2)], mentee: "2024-03-10"),
        ])
        #expect(report.total.mentees == OutcomeCounts(people: 2, retained: 1, promoted: 1))
    }

    @Test func alumniAreNotEmployed() {
        let report = measurement.report([
            Self.person(1, [("2023-06-01", .active, 2), ("2024-11-01", .alumni, 2)], mentee: "2024-03-10"),
        ])
        #expect(report.total.mentees == OutcomeCounts(people: 1, retained: 0, promoted: 0))
    }

    @Test func someoneWhoWasBothIsMeasuredOnEachSideFromTheirOwnStart() {
        let report = measurement.report([
            Self.person(1, [("2023-06-01", .active, 3), ("2025-04-01", .active, 4)], mentee: "2024-02-01", mentor: "2024-05-01"),
        ])
        #expect(report.total.mentees == OutcomeCounts(people: 1, retained: 1, promoted: 0), "12 months after February is before April")
        #expect(report.total.mentors == OutcomeCounts(people: 1, retained: 1, promoted: 1), "12 months after May is after April")
    }

    @Test func aStartLessThanTwelveMonthsAgoIsNotYetMeasurable() {
        let recent = OutcomeMeasurement(window: Self.day("2024-01-01")...Self.day("2024-12-31"), asOf: Self.day("2025-06-30"))
        let report = recent.report([
            Self.person(1, [("2023-06-01", .active, 2)], mentee: "2024-06-30"),
            Self.person(2, [("2023-06-01", .active, 2)], mentee: "2024-07-01"),
            Self.person(3, [("2023-06-01", .active, 2)], mentor: "2024-12-01"),
        ])
        #expect(report.total.mentees == OutcomeCounts(people: 1, retained: 1, promoted: 0), "exactly 12 months before the as-of day is measurable")
        #expect(report.total.menteesNotYetMeasurable == 1)
        #expect(report.total.mentorsNotYetMeasurable == 1)
        #expect(report.total.mentors == OutcomeCounts())
    }

    @Test func onlyFirstStartsInTheWindowOfPeopleActiveThenAreMeasured() {
        let report = measurement.report([
            Self.person(1, [("2023-06-01", .active, 2)], mentee: "2023-12-31"),
            Self.person(2, [("2024-05-01", .active, 2)], mentee: "2024-03-10"),
            Self.person(3, [("2023-06-01", .left, 2)], mentee: "2024-03-10"),
            Self.person(4, [("2023-06-01", .active, 2)], mentee: "2025-01-01"),
        ])
        #expect(report.total.mentees == OutcomeCounts(), "before the window, before the history, not employed, after the window")
        #expect(report.total.menteesNotYetMeasurable == 0)
    }

    @Test func aTwelveMonthSpanFromTheLastOfFebruaryEndsOnTheLastOfFebruary() {
        #expect(Self.day("2024-02-29").adding(months: 12) == Self.day("2025-02-28"))
        #expect(Self.day("2024-01-31").adding(months: 1) == Self.day("2024-02-29"))
        #expect(Self.day("2024-11-15").adding(months: 14) == Self.day("2026-01-15"))
        #expect(Self.day("2024-01-15").adding(months: -1) == Self.day("2023-12-15"))
        let report = measurement.report([
            Self.person(1, [("2023-06-01", .active, 2), ("2025-02-28", .left, 2)], mentee: "2024-02-29"),
        ])
        #expect(report.total.mentees.retained == 0)
    }

    @Test func comparablesShareFunctionAndStageOnTheStartAndHadNotTakenPart() {
        let report = measurement.report([
            Self.person(1, [("2023-06-01", .active, 2)], mentee: "2024-03-10"),
            Self.person(2, [("2023-06-01", .active, 2), ("2024-12-01", .active, 3)]),
            Self.person(3, [("2023-06-01", .active, 2), ("2024-08-01", .left, 2)]),
            Self.person(4, [("2023-06-01", .active, 3)]),
            Self.person(5, function: "Sales", [("2023-06-01", .active, 2)]),
            Self.person(6, [("2024-04-01", .active, 2)]),
            Self.person(7, [("2023-06-01", .active, 2)], mentor: "2024-01-05"),
            Self.person(8, [("2023-06-01", .active, 2)], mentee: "2024-03-10"),
            Self.person(9, [("2023-06-01", .active, 2)], mentee: "2025-05-01"),
        ])
        #expect(report.total.mentees == OutcomeCounts(people: 2, retained: 2, promoted: 0))
        // 2 (promoted), 3 (left) and 9 (takes part only later) match; 4's stage, 5's function, 6's hiring after the
        // start, 7's earlier mentoring, and 8's own start on that day rule them out.
        #expect(report.total.menteeComparables == OutcomeCounts(people: 3, retained: 2, promoted: 1))
        #expect(report.total.mentors == OutcomeCounts(people: 1, retained: 1, promoted: 0))
    }

    @Test func aComparableIsCountedOnceFromTheEarliestStartTheyMatch() {
        let report = measurement.report([
            Self.person(1, [("2023-06-01", .active, 2)], mentee: "2024-02-01"),
            Self.person(2, [("2023-06-01", .active, 3)], mentee: "2024-06-01"),
            Self.person(3, [("2023-06-01", .active, 2)], mentee: "2024-09-01"),
            // Stage 2 on February 1st: matched there, measured to 2025-02-01 (promoted 2025-01-10, left 2025-03-01).
            Self.person(4, [("2023-06-01", .active, 2), ("2025-01-10", .active, 3), ("2025-03-01", .left, 3)]),
            // Stage 3 only from April: matched on June 1st, measured to 2025-06-01, when they had left.
            Self.person(5, [("2023-06-01", .active, 1), ("2024-04-01", .active, 3), ("2025-05-01", .left, 3)]),
        ])
        #expect(report.total.mentees.people == 3)
        // 3 is also a comparable of February's start: they took part only in September (active at stage 2 in 2025).
        #expect(report.total.menteeComparables == OutcomeCounts(people: 3, retained: 2, promoted: 1))
    }

    @Test func aBreakdownSplitsTheSameCountsByGroup() {
        let people = [
            Self.person(1, site: "Lagos", [("2023-06-01", .active, 2)], mentee: "2024-03-10"),
            Self.person(2, site: "Porto", [("2023-06-01", .active, 2), ("2024-06-01", .left, 2)], mentee: "2024-03-10"),
            Self.person(3, site: "Porto", [("2023-06-01", .active, 2)]),
            Self.person(4, site: "Lagos", [("2023-06-01", .active, 4), ("2024-12-01", .active, 5)], mentor: "2024-03-10"),
        ]
        let bySite = OutcomeMeasurement(window: measurement.window, asOf: measurement.asOf, dimension: .site).report(people)
        #expect(bySite.groups.map(\.name) == ["Lagos", "Porto"])
        #expect(bySite.groups[0].figures.mentees == OutcomeCounts(people: 1, retained: 1, promoted: 0))
        #expect(bySite.groups[0].figures.mentors == OutcomeCounts(people: 1, retained: 1, promoted: 1))
        #expect(bySite.groups[1].figures.mentees == OutcomeCounts(people: 1, retained: 0, promoted: 0))
        #expect(bySite.groups[1].figures.menteeComparables == OutcomeCounts(people: 1, retained: 1, promoted: 0))
        #expect(bySite.total == measurement.report(people).total)
        let byStage = OutcomeMeasurement(window: measurement.window, asOf: measurement.asOf, dimension: .careerStage).report(people)
        #expect(byStage.groups.map(\.name) == ["lead", "mid"], "the stage on the first day")
    }
}
