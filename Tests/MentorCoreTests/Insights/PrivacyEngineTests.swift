import MentorCore
import Testing

/// The engine's rules one at a time: what a reader of one table sees.
@Suite struct PrivacyEngineTests {
    let sites = ["Lisbon", "Porto", "Tokyo"]

    func table(_ counts: [Int], of population: [Int]) -> CountTable {
        CountTable(rows: Array(sites.prefix(counts.count)), columns: ["mentors"], counts: counts.map { [$0] }, population: population)
    }

    @Test func aCellOfThreePeopleIsHidden() {
        let shown = PrivacyEngine.suppress(table([3, 10, 12], of: [20, 20, 20]))
        #expect(shown.counts[0][0] == nil)
        #expect(shown.population == [20, 20, 20], "the rows themselves are large")
    }

    @Test func aCellWhoseRestOfTheRowIsThreeIsHidden() {
        let shown = PrivacyEngine.suppress(table([17, 10, 12], of: [20, 20, 20]))
        #expect(shown.counts[0][0] == nil, "20 − 17 = 3 people in Lisbon are not mentors")
    }

    @Test func aLoneHiddenCellInAColumnForcesASecondSoTheTotalDoesNotGiveItAway() {
        let shown = PrivacyEngine.suppress(table([3, 10, 12], of: [20, 20, 20]))
        #expect(shown.columnTotals == [25], "the organisation's totals are known anyway")
        let hidden = shown.counts.indices.filter { shown.counts[$0][0] == nil }
        #expect(hidden.count == 2 && hidden.contains(0))
        #expect(hidden.contains(1), "the smallest other cell is the one hidden: \(shown.counts)")
    }

    @Test func aSmallRowIsHiddenWholeWithAnotherRow() {
        let shown = PrivacyEngine.suppress(table([2, 10, 12], of: [3, 20, 30]))
        #expect(shown.population[0] == nil && shown.counts[0][0] == nil)
        #expect(shown.hiddenRows == 2 && shown.population[1] == nil, "20 is the smallest other row: \(shown.population)")
        #expect(shown.population[2] == 30)
    }

    @Test func zeroAndLargeNumbersStayShown() {
        let shown = PrivacyEngine.suppress(table([0, 10, 20], of: [20, 20, 20]))
        #expect(shown.counts.map { $0[0] } == [0, 10, 20])
        #expect(shown.hiddenRows == 0)
    }

    @Test func aNumberTheTotalsDetermineAnywayIsShown() {
        // One row is the whole table: its 3 is the column total, which everyone knows.
        let shown = PrivacyEngine.suppress(CountTable(rows: ["Sales"], columns: ["matched"], counts: [[3]], population: [15]))
        #expect(shown.counts == [[3]])
    }

    @Test func aFilteredTableHidesCellsWhoseRemainderIsSmall() {
        // Of Lisbon's 20 mentors, 17 are in Sales: 3 outside Sales, worked out from the unfiltered page.
        let sales = table([17, 10, 12], of: [30, 30, 30]), rest = table([3, 10, 10], of: [10, 30, 30])
        let shown = PrivacyEngine.suppress(sales, remainder: rest)
        #expect(shown.counts[0][0] == nil)
        #expect(shown.counts.compactMap { $0[0] }.count <= 1, "and another, so the filtered column total does not give it away: \(shown.counts)")
    }

    @Test func filtersThatSelectOrLeaveOutFewerThanFiveAreRefused() {
        #expect(throws: PrivacyRefusal(reason: .tooFewSelected, minimum: 5)) { try PrivacyEngine.checkFilter(selected: 4, total: 100) }
        #expect(throws: PrivacyRefusal(reason: .tooFewLeftOut, minimum: 5)) { try PrivacyEngine.checkFilter(selected: 96, total: 100) }
        #expect(throws: Never.self) { try PrivacyEngine.checkFilter(selected: 5, total: 100) }
        #expect(throws: Never.self) { try PrivacyEngine.checkFilter(selected: 95, total: 100) }
        #expect(throws: Never.self) { try PrivacyEngine.checkFilter(selected: 0, total: 100) }
        #expect(throws: Never.self) { try PrivacyEngine.checkFilter(selected: 100, total: 100) }
    }

    @Test func freeTextNeedsTenPeopleAndMeasuresFive() {
        #expect(!PrivacyEngine.showsFreeText(fromGroupOf: 9))
        #expect(PrivacyEngine.showsFreeText(fromGroupOf: 10))
        #expect(!PrivacyEngine.showsMeasure(over: 4))
        #expect(PrivacyEngine.showsMeasure(over: 5))
        #expect(PrivacyRules.minimumGroup == 5 && PrivacyRules.minimumFreeTextGroup == 10)
    }

    @Test func aGridsFilteredPagesAgreeWithItsUnfilteredOnes() throws {
        let grid = CountGrid(
            filters: ["Sales", "Engineering"], rows: sites, columns: ["mentors"],
            counts: [[[8], [3], [12]], [[9], [11], [10]]], population: [[20, 10, 25], [20, 25, 20]]
        )
        let shown = PrivacyEngine.suppress(grid)
        #expect(shown.overall == PrivacyEngine.suppress(grid.overall))
        #expect(shown.byFilter == PrivacyEngine.suppress(grid.byFilter))
        let sales = try shown.filtered(0)
        #expect(sales.counts[1][0] == nil, "3 mentors in Porto's Sales")
        #expect(sales.columnTotals == shown.byFilter.counts[0])
        let porto = try shown.filtered(row: 1)
        #expect(porto.counts[0][0] == nil && porto.counts[1][0] == nil, "the same cell, and Porto's other cell, since Porto's total is shown")
    }

    @Test func aGridRefusesFiltersOfTooFewPeople() {
        let grid = CountGrid(
            filters: ["Sales", "Legal"], rows: ["Lisbon", "Porto"], columns: ["mentors"],
            counts: [[[8], [9]], [[1], [1]]], population: [[20, 20], [2, 1]]
        )
        #expect(throws: PrivacyRefusal(reason: .tooFewSelected)) { try PrivacyEngine.suppress(grid).filtered(1) }
        #expect(throws: PrivacyRefusal(reason: .tooFewLeftOut)) { try PrivacyEngine.suppress(grid).filtered(0) }
    }
}
