import Foundation
import MentorAppTesting
import MentorTesting
import Testing

/// The dashboard in a real browser: `mentord serve` on the sample organisation, headless Chromium driven by selenium
/// (`Tests/Support/python/dashboard_browser.py`, tools from `scripts/browser-test-tools`), signed in through links
/// from `mentord dashboard-link` as a program manager, a sponsor and a manager. Each run opens every page its menus
/// lead to and saves a screenshot of each; the folder is printed.
@Suite(.serialized) struct DashboardBrowserTests {
    let folder = TemporaryDirectory()
    static let people = [
        (role: "program-manager", email: "alice.nguyen@example.com", forbidden: [String]()),
        (role: "sponsor", email: "chinedu.obi@example.com", forbidden: ["/dashboard/at-risk/people", "/dashboard/audit"]),
        (role: "manager", email: "amaka.okafor@example.com", forbidden: ["/dashboard/at-risk/people", "/dashboard/audit"]),
    ]

    /// Runs `executable` and returns its exit status and standard output; standard error goes into `errors`.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()].merging(environment) { $1 } }
        process.currentDirectoryURL = URL(fileURLWithPath: BuiltProducts.packageRoot)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while it runs, so a chatty child cannot fill one and stall.
        nonisolated(unsafe) var errorText = Data()
        let reader = Thread { errorText = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputText = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return (process.terminationStatus, String(decoding: outputText, as: UTF8.self), String(decoding: errorText, as: UTF8.self))
    }

    @Test(.timeLimit(.minutes(10)))
    func everyPageOpensForEachRoleWithItsChartsTablesAndHeadersAndTheRefusalsHold() throws {
        let tools = try Self.run(BuiltProducts.packageRoot + "/scripts/browser-test-tools", [])
        #expect(tools.status == 0, "scripts/browser-test-tools failed: \(tools.errors)")
        let lines = tools.output.split(separator: "\n").map(String.init)
        let python = try #require(lines.first), chromedriver = try #require(lines.last)

        let data = folder.file("data")
        let daemon = try DaemonProcess(["serve"], environment: [
            "MENTORD_DATA_DIR": data, "MENTORD_HTTP_PORT": "0", "MENTORD_HTTP_HOST": "127.0.0.1",
            "MENTORD_ORG_SEED_CSV": "Config/sample-org.csv", "MENTORD_ORG_SEED_PROFILES_CSV": "Config/sample-profiles.csv",
        ])
        let base = "http://127.0.0.1:\(try daemon.waitForPort())"
        let mentord = BuiltProducts.path("mentord")
        let cli = ["MENTORD_DATA_DIR": data, "MENTORD_LOG_LEVEL": "warning"]
        let screenshots = NSTemporaryDirectory() + "mentord-dashboard-screenshots-" + UUID().uuidString
        print("dashboard browser test: screenshots in \(screenshots)")
        // A committed round, so the pages have pairings, at-risk pairs and a round review to show, not only zeros.
        let round = try Self.run(mentord, ["match", "run", "--commit"], environment: cli)
        #expect(round.status == 0 && round.output.contains("matched"), "\(round.output)\(round.errors)")

        for person in Self.people {
            let granted = try Self.run(mentord, ["role", "grant", person.email, person.role], environment: cli)
            #expect(granted.status == 0, "\(granted.errors)")
            let printed = try Self.run(mentord, ["dashboard-link", person.email], environment: cli)
            #expect(printed.status == 0, "\(printed.errors)")
            let link = try #require(printed.output.split(separator: "\n").map(String.init).first { $0.hasPrefix(base + "/dashboard/signin/") })
            let browsed = try Self.run(python, [
                BuiltProducts.packageRoot + "/Tests/Support/python/dashboard_browser.py", "--base", base, "--link", link, "--role", person.role,
                "--screenshots", screenshots, "--chromedriver", chromedriver,
            ] + person.forbidden.flatMap { ["--forbidden", $0] })
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(browsed.output.utf8)) as? [String: Any], "no report: \(browsed.output) \(browsed.errors)"
            )
            let problems = report["problems"] as? [String] ?? ["the report has no problems list"]
            #expect(browsed.status == 0 && problems.isEmpty, "\(person.role): \(problems.joined(separator: "; "))")
            let pages = report["pages"] as? [[String: Any]] ?? []
            #expect(pages.contains { $0["path"] as? String == "/dashboard/" }, "\(person.role) saw the overview")
            #expect(pages.allSatisfy { $0["http"] as? Int == 200 }, "\(person.role): \(pages)")
            let forbidden = report["forbidden"] as? [[String: Any]] ?? []
            #expect(forbidden.map { $0["path"] as? String ?? "" } == person.forbidden)
            #expect(forbidden.allSatisfy { $0["http"] as? Int == 403 })
            #expect(report["second_use"] as? Int == 410, "\(person.role): the link worked twice")
            #expect(report["cross_site_post"] as? Int == 403, "\(person.role): the cross-site POST was not refused")
            #expect(report["session_after_cross_site_post"] is NSNull, "\(person.role): the session did not survive the refused POST")
            let shots = report["screenshots"] as? [String] ?? []
            #expect(shots.count >= 2 + pages.count + forbidden.count)
            for shot in shots { #expect(FileManager.default.fileExists(atPath: shot), "\(shot)") }
            print("dashboard browser test: \(person.role) opened \(pages.count) page(s): \(pages.map { $0["path"] as? String ?? "" }.joined(separator: ", "))")
        }
        #expect(daemon.stop().status == 0)
    }
}
