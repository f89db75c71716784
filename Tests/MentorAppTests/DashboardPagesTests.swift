import Dashboard
import Foundation
import HTTPTypes
import MentorApp
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// The dashboard's pages over the sample org after a committed round, as a program manager, a sponsor and a manager
/// would open them: every page renders, every chart has its table, people lists are for program managers only, and a
/// filter that would single people out is refused.
@Suite(.serialized) struct DashboardPagesTests {
    static let programManager = "chinedu.obi@example.com"

    func pagesAfterARound() throws -> (chat: ChatHarness, pages: any DashboardPages) {
        let chat = try SampleOrg.harness()
        try chat.grant(.programManager, to: Self.programManager)
        let round = chat.say("match run --commit", as: Self.programManager)
        #expect(try chat.pairings().count > 10, "\(round)")
        chat.clock.advance(by: 40 * 86_400)
        return (chat, try chat.app.makeDashboardPages(catalog: chat.assistant.messages))
    }

    func viewer(_ chat: ChatHarness, _ email: String, _ scope: (PersonID) -> InsightScope) throws -> InsightViewer {
        let person = try #require(try chat.directory.person(email: email))
        return InsightViewer(person: person.id, displayName: person.displayName, scope: scope(person.id), language: "en")
    }

    func open(_ pages: any DashboardPages, _ path: String, as viewer: InsightViewer, query: [(String, String)] = [], now: Date) -> DashboardPageResult {
        pages.render(DashboardPageRequest(viewer: viewer, path: path, query: query.map { (name: $0.0, value: $0.1) }, formToken: "t0ken", now: now))
    }

    @Test func everyPageRendersWithAChartAndATableForEachFigure() throws {
        let (chat, pages) = try pagesAfterARound()
        let manager = try viewer(chat, Self.programManager) { _ in .everything }
        for path in ["/", "/participation", "/at-risk", "/at-risk/people", "/supply", "/outcomes", "/equity", "/rounds", "/audit", "/feedback"] {
            guard case .html(let html) = open(pages, path, as: manager, now: chat.clock.now) else {
                Issue.record("\(path) did not render")
                continue
            }
            let figures = html.components(separatedBy: "<figure class=\"chart\">").dropFirst()
            for figure in figures {
                #expect(figure.contains("<svg") && figure.contains("<table>"), "\(path): a figure without its chart or table")
            }
            #expect(html.contains("name=\"token\" value=\"t0ken\""), "\(path): the sign-out form carries the session's token")
            #expect(!html.contains("<script"), "\(path): no JavaScript")
        }
        guard case .html(let overview) = open(pages, "/", as: manager, now: chat.clock.now) else { return }
        #expect(overview.contains("Mentors connected") && overview.contains("Target: at least 60%"))
    }

    @Test func theFunnelCountsEveryoneInTheDirectoryAndItsCSVMatchesTheTable() throws {
        let (chat, pages) = try pagesAfterARound()
        let manager = try viewer(chat, Self.programManager) { _ in .everything }
        guard case .csv(let name, let csv) = open(pages, "/overview.csv", as: manager, query: [("table", "funnel")], now: chat.clock.now) else {
            Issue.record("no funnel CSV")
            return
        }
        #expect(name == "mentord-funnel.csv")
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("Group,In the directory,Joined,Requested,Matched"))
        let active = try String(contentsOfFile: BuiltProducts.packageRoot + "/Config/sample-org.csv", encoding: .utf8)
            .split(separator: "\n").dropFirst().filter { $0.contains(",active,") }.count
        #expect(lines[1].hasPrefix("People,\(active),"), "\(lines[1])")
    }

    @Test func aSponsorSeesAggregatesButNeitherPeopleListsNorTheAuditLog() throws {
        let (chat, pages) = try pagesAfterARound()
        let sponsor = try viewer(chat, "amaka.okafor@example.com") { _ in .aggregates }
        #expect(open(pages, "/at-risk/people", as: sponsor, now: chat.clock.now) == .forbidden)
        #expect(open(pages, "/audit", as: sponsor, now: chat.clock.now) == .forbidden)
        #expect(open(pages, "/feedback", as: sponsor, now: chat.clock.now) == .forbidden)
        guard case .html(let atRisk) = open(pages, "/at-risk", as: sponsor, now: chat.clock.now) else {
            Issue.record("the at-risk counts did not render for a sponsor")
            return
        }
        #expect(!atRisk.contains("/dashboard/at-risk/people"), "no link to the people behind the numbers")
        guard case .html(let rounds) = open(pages, "/rounds", as: sponsor, now: chat.clock.now),
            case .html(let review) = open(pages, "/rounds", as: try viewer(chat, Self.programManager) { _ in .everything }, now: chat.clock.now)
        else {
            Issue.record("the rounds page did not render")
            return
        }
        let names = try chat.pairings().prefix(5)
        for pairing in names {
            let email = String(pairing.split(separator: " ")[0])
            let name = try #require(try chat.directory.person(email: email)).displayName
            #expect(!atRisk.contains(name) && !rounds.contains(name), "a sponsor's page names no one")
            #expect(review.contains(HTMLText.escape(name)), "the program manager's round review lists \(name)")
        }
    }

    @Test func aFilterThatWouldSingleOutFewerThanFivePeopleIsRefused() throws {
        let (chat, pages) = try pagesAfterARound()
        let manager = try viewer(chat, Self.programManager) { _ in .everything }
        let result = open(pages, "/participation", as: manager, query: [("site", "Lagos"), ("function", "Design")], now: chat.clock.now)
        guard case .badRequest(let reason) = result else {
            Issue.record("an empty filter was not refused: \(result)")
            return
        }
        #expect(reason.contains("fewer than 5"))
        guard case .badRequest(let period) = open(pages, "/", as: manager, query: [("period", "next-decade")], now: chat.clock.now) else {
            Issue.record("an unknown period was not refused")
            return
        }
        #expect(period.contains("Period list"))
    }

    @Test func aManagerSeesTheirReportingLineAndTheirTeam() throws {
        let (chat, pages) = try pagesAfterARound()
        let boss = try viewer(chat, Self.programManager) { .reportingLine(manager: $0) }
        guard case .html(let team) = open(pages, "/team", as: boss, now: chat.clock.now) else {
            Issue.record("no team page")
            return
        }
        #expect(team.contains("direct reports share their participation"))
        #expect(open(pages, "/audit", as: boss, now: chat.clock.now) == .forbidden)
    }

    /// The participation table against plain SQL over the same SQLite file (a reference that shares no code with the
    /// facts reader or the counting): every number shown equals the reference's, and every hidden one is a small
    /// group or is hidden to protect one.
    @Test func participationBySiteEqualsPlainSQLOverTheSameFile() throws {
        let (chat, pages) = try pagesAfterARound()
        for email in try chat.pairings().prefix(40).map({ String($0.split(separator: " ")[2]) }) {
            _ = chat.say("request public speaking", as: email)
        }
        let manager = try viewer(chat, Self.programManager) { _ in .everything }
        let fresh = try chat.app.makeDashboardPages(catalog: chat.assistant.messages)
        guard case .csv(_, let csv) = fresh.render(DashboardPageRequest(
            viewer: manager, path: "/participation.csv", query: [(name: "table", value: "participation-site")], formToken: "", now: chat.clock.now))
        else {
            Issue.record("no participation CSV")
            return
        }
        let period = try #require(ReportPeriod.make(.thisQuarter, now: chat.clock.now))
        let reference = try #require(try PythonReference.json("participation_reference.py", [
            chat.app.config.databasePath, "\(Int(period.interval.start.timeIntervalSince1970))", "\(Int(period.interval.end.timeIntervalSince1970))",
        ]) as? [String: [Int]])
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        #expect(Set(rows.map { $0[0] }) == Set(reference.keys), "the same sites")
        var compared = 0
        for row in rows {
            let expected = try #require(reference[row[0]])
            for (column, cell) in row[1...6].enumerated() {
                if let shown = Int(cell) {
                    #expect(shown == expected[column], "\(row[0]) column \(column): \(shown) shown, \(expected[column]) by plain SQL")
                    compared += 1
                }
            }
        }
        #expect(compared > 20, "most numbers are large enough to show: \(compared)")
        _ = pages
    }

    @Test func searchesThatFindNobodyShowAsDemandOnceFivePeopleAskedAndNeverNameASearcher() throws {
        let (chat, _) = try pagesAfterARound()
        let askers = try chat.pairings().prefix(6).map { String($0.split(separator: " ")[2]) }
        for email in askers { _ = chat.say("find underwater basket weaving", as: email) }
        for email in askers.prefix(4) { _ = chat.say("find competitive yodelling", as: email) }
        _ = chat.say("find \(try #require(try chat.directory.person(email: Self.programManager)).displayName)", as: askers[0])
        let pages = try chat.app.makeDashboardPages(catalog: chat.assistant.messages)
        let manager = try viewer(chat, Self.programManager) { _ in .everything }
        guard case .csv(_, let csv) = open(pages, "/supply.csv", as: manager, query: [("table", "supply-topics")], now: chat.clock.now) else {
            Issue.record("no supply CSV")
            return
        }
        #expect(csv.contains("underwater basket weaving,0,6,"), "\(csv)")
        #expect(!csv.contains("yodelling"), "a topic fewer than 5 asked for is not named")
        #expect(!csv.lowercased().contains("chinedu"), "a search for a person is not a topic")
    }
}

