import Foundation
import HTTPClient
import HTTPTypes
import MentorAppTesting
import MentorStore
import MentorTesting
import Testing

/// `mentord forget` against a running `mentord serve`: a Slack-linked mentor with a profile, a pairing, a meeting,
/// reflections, kudos and chat history is forgotten by the CLI while the daemon serves, and afterwards no byte of the
/// database, its WAL or its shared-memory file holds their email, name or Slack id.
@Suite(.serialized) struct Issue16ForgetTests {
    static let secret = "forget-signing-secret-0123456789abcdef"
    static let orgCSV = """
        email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status,demographics_consent,gender,age_band
        marcos.lima@example.com,Marcos Lima,,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,lead,2015-05-04,pt;en,active,yes,man,45-54
        rafaela.souza@example.com,Rafaela Souza,marcos.lima@example.com,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,early,2026-11-02,pt;en,active,yes,woman,25-34
        kenji.watanabe@example.com,Kenji Watanabe,,Tokyo,JP,Asia/Tokyo,Product,Discovery,lead,2016-10-03,ja;en,active,yes,man,35-44
        """
    static let profilesCSV = """
        email,consented,roles,expertise,goals,interests,capacity,formats,bio
        kenji.watanabe@example.com,yes,mentor,customer discovery;pricing,,board games,2,ongoing,"Kenji Watanabe runs discovery interviews in Tokyo."
        rafaela.souza@example.com,yes,mentee,,customer discovery,running,1,ongoing,New in LATAM sales.
        """
    static let kenji = SlackServeJourneyTests.SlackUser(id: "U0KENJIW", name: "kenji", email: "kenji.watanabe@example.com")
    static let marcos = SlackServeJourneyTests.SlackUser(id: "U0MARCOS", name: "marcos", email: "marcos.lima@example.com")
    static let needles = ["kenji.watanabe@example.com", "Kenji Watanabe", "U0KENJIW"]

    let folder = TemporaryDirectory()
    let client = CurlHTTPClient()

    @Test func issue16ForgetWhileServingLeavesNoTraceKeepsCountsAndTellsTheMenteeKindly() throws {
        try Data(Self.orgCSV.utf8).write(to: URL(fileURLWithPath: folder.file("org.csv")))
        try Data(Self.profilesCSV.utf8).write(to: URL(fileURLWithPath: folder.file("profiles.csv")))
        let daemon = try DaemonProcess(["serve"], environment: environment([
            "MENTORD_HTTP_PORT": "0", "MENTORD_HTTP_HOST": "127.0.0.1", "MENTORD_ORG_SEED_CSV": folder.file("org.csv"),
            "MENTORD_ORG_SEED_PROFILES_CSV": folder.file("profiles.csv"),
            "MENTORD_SLACK_SIGNING_SECRET": Self.secret, "MENTORD_SLACK_BOT_TOKEN": "xoxb-forget",
        ]))
        defer { if daemon.process.isRunning { _ = daemon.stop() } }
        let base = "http://127.0.0.1:\(try daemon.waitForPort())"
        let slack = SignedSlack(base: base, client: client, signer: try SlackSigner(secret: Self.secret))
        for user in [Self.kenji, Self.marcos] {
            let code = try #require(try cli(["link", user.email]).output.firstMatch(of: /: ([A-Z0-9]{4}-[A-Z0-9]{4})/).map { String($0.1) })
            #expect(try slack.command("link \(code)", as: user).text.contains("Linked"))
        }

        // Rafaela asks in the console; Kenji accepts, books, sets a goal, reflects and sends kudos from Slack.
        let requested = try DaemonProcess.console("request customer discovery\n", as: "rafaela.souza@example.com", data: folder.file("data"))
        #expect(requested.text.contains("Your request is with Kenji Watanabe"), "\(requested.text)")
        #expect(try slack.command("accept 1", as: Self.kenji).status == 200)
        _ = try slack.eventually("mentoring", as: Self.kenji) { $0.text.contains("Your mentee Rafaela Souza") }
        #expect(try slack.command("schedule @rafaela.souza@example.com", as: Self.kenji).text.contains("Three good times"))
        #expect(try slack.command("book 1", as: Self.kenji).text.contains("Booked meeting 1."))
        #expect(try slack.command("goal add Learn how Kenji Watanabe prices", as: Self.kenji).text.contains("Goal 1 added"))
        for line in ["reflect", "listening to Rafaela", "how fast she learns", "in my next interview"] {
            _ = try slack.command(line, as: Self.kenji)
        }
        #expect(try slack.command("kudos @rafaela.souza@example.com sharp questions today", as: Self.kenji).text.contains("Sent your kudos"))
        let thanked = try DaemonProcess.console(
            "kudos @kenji.watanabe@example.com thank you Kenji Watanabe\n", as: "rafaela.souza@example.com", data: folder.file("data"))
        #expect(thanked.text.contains("Sent your kudos"), "\(thanked.text)")
        #expect(try StorageTraceScan(databasePath: databasePath).traces(of: Self.needles).count >= 3, "the scan finds him before")
        let countsBefore = try aggregates()

        let forgotten = try cli(["forget", Self.kenji.email, "--yes"])
        #expect(forgotten.status == 0, "\(forgotten.output)\(forgotten.errors)")
        #expect(forgotten.output.contains("1 pairing(s) closed"), "\(forgotten.output)")
        #expect(forgotten.output.contains("no trace of their email, name or chat ids"), "\(forgotten.output)")
        #expect(try Self.bytesFound(Self.needles, in: databasePath) == [], "right after forget, the daemon still running")

        // The daemon keeps answering, from its health check and to a signed command from someone else.
        #expect(try client.send(HTTPClientRequest(method: "GET", url: base + "/healthz")).status == 200)
        #expect(try slack.command("whoami", as: Self.marcos).text.contains("Marcos Lima"))
        #expect(try slack.command("whoami", as: Self.kenji).text.contains("Kenji Watanabe") == false, "his Slack account is unlinked")
        // The former mentee reads the kind letter `leave` sends, naming only the tombstone.
        let letter = try DaemonProcess.console("mentoring\n", as: "rafaela.souza@example.com", data: folder.file("data")).text
        #expect(letter.contains("Your pairing with Former member has closed"), "\(letter)")
        #expect(letter.contains("has stepped back from the mentoring program"), "\(letter)")
        #expect(!letter.contains("Kenji"), "\(letter)")
        #expect(try aggregates() == countsBefore, "pairings per program, meetings and kudos keep their counts")

        let export = try cli(["export", Self.kenji.email])
        #expect(export.status == 66)
        #expect(export.errors.contains("not found"), "\(export.errors)")
        #expect(try Self.bytesFound(Self.needles, in: databasePath) == [], "after the daemon went on writing")
        #expect(daemon.stop().status == 0)
        #expect(try Self.bytesFound(Self.needles, in: databasePath) == [], "after the daemon's last checkpoint")
    }

    var databasePath: String { folder.file("data") + "/mentord.sqlite" }

    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ["MENTORD_DATA_DIR": folder.file("data"), "MENTORD_LOG_LEVEL": "warning"].merging(extra) { $1 }
    }

    /// Pairings per program, meetings, and kudos, as anonymous aggregates count them.
    func aggregates() throws -> [String] {
        let database = try Database(path: databasePath)
        return try database.read { connection in
            try connection.query("SELECT program || ': ' || COUNT(*) FROM pairings GROUP BY program ORDER BY program") { $0.string(0) }
                + connection.query("SELECT 'meetings: ' || COUNT(*) FROM meetings") { $0.string(0) }
                + connection.query("SELECT 'kudos: ' || COUNT(*) FROM kudos") { $0.string(0) }
        }
    }

    /// Runs the `mentord` binary on the daemon's data directory.
    func cli(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process(), output = Pipe(), errors = Pipe()
        process.executableURL = URL(fileURLWithPath: BuiltProducts.path("mentord"))
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()].merging(environment()) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: BuiltProducts.packageRoot)
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text, errorText)
    }

    /// The needles found in the database file, its WAL and its shm, case-insensitively, in UTF-8 and UTF-16LE: an
    /// independent scan, not the one `forget` runs.
    static func bytesFound(_ needles: [String], in path: String) throws -> [String] {
        var found: [String] = []
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            let bytes = Data(try Data(contentsOf: URL(fileURLWithPath: file)).map { (65...90).contains($0) ? $0 + 32 : $0 })
            for needle in needles {
                let lower = needle.lowercased()
                let utf16 = Data(lower.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
                if bytes.range(of: Data(lower.utf8)) != nil { found.append("\(needle) in \(file)") }
                if bytes.range(of: utf16) != nil { found.append("\(needle) (UTF-16) in \(file)") }
            }
        }
        return found
    }
}
