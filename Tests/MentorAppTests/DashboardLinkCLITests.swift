import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// `mentord dashboard-link EMAIL`: a link for someone whose roles open the dashboard, a clear refusal otherwise.
@Suite struct DashboardLinkCLITests {
    let folder = TemporaryDirectory()
    var environment: [String: String] {
        ["MENTORD_DATA_DIR": folder.file("data"), "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning"]
    }

    func run(_ arguments: String, _ extra: [String: String] = [:]) -> (Int32, CapturedTerminal) {
        let captured = CapturedTerminal(environment: environment.merging(extra) { $1 })
        return (MentordCLI.run(arguments.split(separator: " ").map(String.init), terminal: captured.terminal), captured)
    }

    init() throws {
        #expect(run("import people " + BuiltProducts.packageRoot + "/Config/sample-org.csv").0 == 0)
        #expect(run("role grant chinedu.obi@example.com sponsor").0 == 0)
    }

    @Test func aSponsorGetsALinkAtThePublicURLAndItIsAudited() throws {
        let (status, terminal) = run("dashboard-link chinedu.obi@example.com", ["MENTORD_SCHEDULING_PUBLIC_URL": "https://mentord.example.com/"])
        #expect(status == 0, "\(terminal.standardError)")
        let out = terminal.standardOutput
        #expect(out.contains("dashboard sign-in link for Chinedu Obi <chinedu.obi@example.com>:"))
        #expect(out.contains(#/\nhttps://mentord\.example\.com/dashboard/signin/[0-9a-f]{64}\n/#), "\(out)")
        #expect(out.contains("it works once, within 10 minutes"))
        let database = try Database(path: folder.file("data") + "/mentord.sqlite")
        let log = try SQLiteAuditLog(database: database).entries()
        #expect(log.contains { $0.actor == "cli" && $0.action == .issueDashboardLink && $0.subject == "chinedu.obi@example.com" })
    }

    @Test func withoutAPublicURLTheLinkPointsAtTheConfiguredListener() {
        let (status, terminal) = run("dashboard-link chinedu.obi@example.com", ["MENTORD_HTTP_HOST": "0.0.0.0", "MENTORD_HTTP_PORT": "9123"])
        #expect(status == 0)
        #expect(terminal.standardOutput.contains("http://127.0.0.1:9123/dashboard/signin/"), "\(terminal.standardOutput)")
    }

    @Test func anUnknownEmailOrSomeoneWithoutADashboardRoleIsRefusedClearly() throws {
        let (unknown, unknownTerminal) = run("dashboard-link nobody@example.com")
        #expect(unknown == 66)
        #expect(unknownTerminal.standardError.contains("no person with email nobody@example.com"))
        let (member, memberTerminal) = run("dashboard-link amaka.okafor@example.com")
        #expect(member == 1)
        #expect(memberTerminal.standardError.contains("has none of the roles program-manager, sponsor or manager"), "\(memberTerminal.standardError)")
        #expect(memberTerminal.standardError.contains("mentord role grant amaka.okafor@example.com sponsor"))
        #expect(memberTerminal.standardOutput.isEmpty, "no link printed")
        let (usage, _) = run("dashboard-link")
        #expect(usage == 64)
    }

    @Test func helpDescribesIt() {
        let (status, terminal) = run("help dashboard-link")
        #expect(status == 0)
        #expect(terminal.standardOutput.contains("Usage: mentord dashboard-link EMAIL"))
        #expect(run("help").1.standardOutput.contains("  dashboard-link "))
    }
}
