@testable import MentorCore
import Testing

@Suite struct PeopleImportPlannerTests {
    let header = "email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status,demographics_consent,gender,age_band"

    func plan(_ rows: [String], partial: Bool = false, known: Set<String> = []) -> ImportPlan {
        PeopleImportPlanner(partial: partial).plan(csv: ([header] + rows).joined(separator: "\n")) { known.contains($0) }
    }

    @Test func aValidFileBecomesRecordsWithNormalisedFields() throws {
        let result = plan([
            "Ana@Example.com,Ana Lima,,São Paulo,br,America/Sao_Paulo,Sales,LATAM,Senior,2021-04-01,pt;en,,yes,woman,25-34",
            "ben@example.com,Ben Okafor,ana@example.com,Lagos,NG,Africa/Lagos,Finance,FP&A,2,,en,active,no,man,35-44",
        ])
        #expect(result.problems.isEmpty)
        let ana = try #require(result.records.first)
        #expect(ana.email == "ana@example.com")
        #expect(ana.country == "BR")
        #expect(ana.careerStage.description == "senior")
        #expect(ana.languages == ["pt", "en"])
        #expect(ana.demographics == Demographics(gender: "woman", ageBand: "25-34"))
        #expect(result.records[1].managerEmail == "ana@example.com")
        #expect(result.records[1].demographics == nil, "no consent, so no demographics at all")
    }

    @Test func anUnknownZoneIsReportedWithASuggestion() {
        let result = plan(["a@example.com,A,,,,Europe/Berln,,,,,,,,,"])
        #expect(result.problems == [ImportProblem(line: 2, message: "timezone \"Europe/Berln\" is not an IANA zone; did you mean Europe/Berlin?")])
        #expect(result.records.isEmpty)
    }

    @Test func aDuplicateEmailNamesTheFirstLine() {
        let result = plan(["a@example.com,A,,,,UTC,,,,,,,,,", "A@example.com,A2,,,,UTC,,,,,,,,,"])
        #expect(result.problems.map(\.description) == [
            "line 3: duplicate email a@example.com, first seen on line 2; keep one row per person",
        ])
    }

    @Test func badDatesStagesStatusesAndEmailsAreReported() {
        let result = plan([
            "a@example.com,A,,,,UTC,,,,2025-02-30,,,,,",
            "b@example.com,B,,,,UTC,,,wizard,,,,,,",
            "c@example.com,C,,,,UTC,,,,,,retired,,,",
            "not-an-email,D,,,,UTC,,,,,,,,,",
            "e@example.com,,,,,UTC,,,,,,,,,",
            "f@example.com,F,,,,UTC,,,,,english,,,,",
        ])
        #expect(result.problems.map(\.line) == [2, 3, 4, 5, 6, 7])
        #expect(result.problems[0].message.contains("YYYY-MM-DD"))
        #expect(result.problems[1].message.contains("early, mid, senior, lead, executive"))
        #expect(result.problems[2].message.contains("active, left, alumni"))
        #expect(result.problems[5].message.contains("ISO 639-1"))
    }

    @Test func aManagerCycleIsReportedOnEveryLineInIt() {
        let result = plan([
            "a@example.com,A,b@example.com,,,UTC,,,,,,,,,",
            "b@example.com,B,c@example.com,,,UTC,,,,,,,,,",
            "c@example.com,C,a@example.com,,,UTC,,,,,,,,,",
            "d@example.com,D,a@example.com,,,UTC,,,,,,,,,",
        ])
        #expect(result.problems.map(\.line) == [2, 3, 4])
        #expect(result.problems.allSatisfy { $0.message.hasPrefix("manager cycle: ") })
    }

    @Test func managersMayBeInTheDirectoryAlreadyButMustExist() {
        #expect(plan(["a@example.com,A,boss@example.com,,,UTC,,,,,,,,,"], known: ["boss@example.com"]).problems.isEmpty)
        #expect(plan(["a@example.com,A,ghost@example.com,,,UTC,,,,,,,,,"]).problems.first?.message.contains("ghost@example.com is not in this file") == true)
    }

    @Test func nothingIsPlannedOnErrorUnlessPartial() {
        let rows = ["a@example.com,A,,,,UTC,,,,,,,,,", "b@example.com,B,,,,Mars/Olympus,,,,,,,,,"]
        #expect(!plan(rows).isApplicable)
        let partial = plan(rows, partial: true)
        #expect(partial.isApplicable)
        #expect(partial.records.map(\.email) == ["a@example.com"])
    }

    @Test func headerProblemsStopEverything() {
        let missing = PeopleImportPlanner().plan(csv: "email,name\na@example.com,A") { _ in false }
        #expect(missing.problems.first?.message.hasPrefix("required column(s) timezone not found; the header has 2 columns separated by commas: email, name") == true)
        let typo = PeopleImportPlanner().plan(csv: "email,name,timezone,sitte\na@example.com,A,UTC,x") { _ in false }
        #expect(typo.problems.first?.message == "unknown column \"sitte\"; did you mean site?")
        let ragged = PeopleImportPlanner().plan(csv: "email,name,timezone\na@example.com,A,UTC,extra") { _ in false }
        #expect(ragged.problems.first?.message.contains("has 4 fields but the header has 3") == true)
    }
}

@Suite struct PeopleImportColumnTests {
    @Test func ordinalsFollowTheDeclarationOrder() {
        #expect(PeopleImportColumn.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
    }
}
