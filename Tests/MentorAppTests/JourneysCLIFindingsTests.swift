import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// Findings 70–73 and 76 of the 2026-12-01 walkthrough, through the `mentord` command line on a real SQLite file.
@Suite struct JourneysCLIFindingsTests {
    let folder = TemporaryDirectory()
    var environment: [String: String] {
        [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning",
            "MENTORD_MATCHING_PROGRAMS_FILE": BuiltProducts.packageRoot + "/Config/programs.json",
        ]
    }
    let sampleOrg = BuiltProducts.packageRoot + "/Config/sample-org.csv"

    func run(_ words: [String], environment extra: [String: String] = [:], interactive: Bool = false) -> (Int32, CapturedTerminal) {
        let captured = CapturedTerminal(environment: environment.merging(extra) { $1 }, interactive: interactive)
        return (MentordCLI.run(words, terminal: captured.terminal), captured)
    }

    func run(_ line: String) -> (Int32, CapturedTerminal) {
        run(line.split(separator: " ").map(String.init))
    }

    func write(_ text: String, to name: String) throws -> String {
        let path = folder.file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func openApp() throws -> MentorApplication {
        try MentorApplication(config: MentorConfig(ConfigLoader(environment: environment).load(file: nil)), logger: RecordingLogger())
    }

    @Test func uxFinding70ANonConsentingProfileRowIsSkippedAndReportedNotFatal() throws {
        #expect(run("import people \(sampleOrg)").0 == 0)
        let file = try write(
            "email,consented,roles,expertise,capacity\nhina.sasaki@example.com,no,mentor,data,3\naditya.nair@example.com,yes,mentor,data,2\n",
            to: "p2.csv"
        )
        let (dryStatus, dry) = run("import profiles \(file) --dry-run")
        #expect(dryStatus == 0, "\(dry.standardError)")
        #expect(dry.standardError.contains("p2.csv:2: skipped: hina.sasaki@example.com has not consented; their profile is left alone"))
        #expect(dry.standardOutput.contains("would import 1 profile(s) from \(file); 1 row(s) skipped without consent"))
        let (status, imported) = run("import profiles \(file)")
        #expect(status == 0)
        #expect(imported.standardOutput.contains("imported 1 profile(s)"))
        let app = try openApp()
        let hina = try #require(try app.directory.person(email: "hina.sasaki@example.com"))
        let aditya = try #require(try app.directory.person(email: "aditya.nair@example.com"))
        #expect(try app.profiles.profile(for: hina.id)?.consentedAt == nil, "the refusal is respected")
        #expect(try app.profiles.profile(for: aditya.id)?.capacity == 2)
    }

    @Test func uxFinding70AConsentAnswerThatIsNeitherYesNorNoIsAProblem() throws {
        #expect(run("import people \(sampleOrg)").0 == 0)
        let file = try write("email,consented,capacity\naditya.nair@example.com,yse,2\n", to: "typo.csv")
        let (status, output) = run("import profiles \(file)")
        #expect(status == 65)
        #expect(output.standardError.contains("typo.csv:2: consented \"yse\" for aditya.nair@example.com is neither yes nor no"))
    }

    @Test func uxFinding71PeopleImportReportsEveryProblemOnALine() throws {
        let file = try write("""
            email,name,manager_email,timezone,hire_date,languages
            ok@example.com,Ok,,UTC,,en
            kenji@example.com,Kenji,ghost@example.com,Asia/Tokyo,30/11/2026,japanese
            """, to: "people.csv")
        let (status, output) = run("import people \(file)")
        #expect(status == 65)
        let line3 = output.standardError.split(separator: "\n").filter { $0.contains("people.csv:3:") }
        #expect(line3 == [
            "\(file):3: hire_date \"30/11/2026\" is not a date; write it as YYYY-MM-DD",
            "\(file):3: language \"japanese\" is not a two-letter ISO 639-1 code such as en, es or pt",
            "\(file):3: manager_email ghost@example.com is not in this file or the directory; add them or leave it empty",
        ], "\(output.standardError)")
        #expect(output.standardError.contains("nothing imported: 3 problem(s)"))
    }

    @Test func uxFinding71ProfileImportErrorsDoNotEndWithTheChatPhrase() throws {
        #expect(run("import people \(sampleOrg)").0 == 0)
        let file = try write("email,consented,capacity,timezone\naditya.nair@example.com,yes,99,Mars/Base\n", to: "bad.csv")
        let (status, output) = run("import profiles \(file)")
        #expect(status == 65)
        let problem = try #require(output.standardError.split(separator: "\n").first { $0.contains("bad.csv:2: capacity:") })
        #expect(!problem.contains("Nothing was changed"), "\(problem)")
        #expect(problem.hasSuffix("."), "still a sentence")
        #expect(output.standardError.contains("nothing imported"), "what happened to the file is said once, at the end")
    }

    @Test func uxFinding72ConsoleUsageShowsTheRequiredFlagAsRequired() {
        let (status, help) = run("help console")
        #expect(status == 0)
        #expect(help.standardOutput.contains("Usage: mentord console --as EMAIL [--config FILE]"), "\(help.standardOutput)")
        let (missing, usage) = run("console")
        #expect(missing == 64)
        #expect(usage.standardError.contains("mentord console: --as EMAIL is required\nUsage: mentord console --as EMAIL [--config FILE]"))
    }

    @Test func uxFinding72HelpForACommandGroupListsItsSubcommands() {
        let (status, group) = run("help match")
        #expect(status == 0, "\(group.standardError)")
        for name in ["match run", "match rotate", "match export", "match solve"] {
            #expect(group.standardOutput.contains("  mentord \(name) "), "help match lacks \(name)")
        }
        #expect(group.standardOutput.contains("Run mentord help match run for its options and examples."))
        let (quotedStatus, quoted) = run(["help", "match run"])
        #expect(quotedStatus == 0)
        #expect(quoted.standardOutput.hasPrefix("mentord match run — "))
        #expect(run("help outbox").1.standardOutput.contains("mentord outbox retry"))
        let (bareStatus, bare) = run("match")
        #expect(bareStatus == 64, "a group alone is a usage error that lists what may follow")
        #expect(bare.standardError.contains("mentord match needs a subcommand:"))
    }

    @Test func uxFinding72BackupIntoAMissingFolderNamesTheFolder() {
        let (status, output) = run("backup /nonexistent/x.sqlite")
        #expect(status == 74)
        #expect(output.standardError.contains("cannot write the backup to /nonexistent/x.sqlite: the folder /nonexistent does not exist; create it (mkdir -p /nonexistent) or choose another path"))
        #expect(!output.standardError.contains("MENTORD_DATA_DIR"), "the data directory is fine")
    }

    @Test func uxFinding72AReviewCSVInAMissingFolderNamesTheFolderNotAFoundationError() throws {
        #expect(run("import people \(sampleOrg)").0 == 0)
        #expect(run("import profiles \(BuiltProducts.packageRoot)/Config/sample-profiles.csv").0 == 0)
        let (status, output) = run("match run --review /nonexistent/dir/x.csv")
        #expect(status == 74)
        #expect(output.standardError.contains("cannot write the review CSV to /nonexistent/dir/x.csv: the folder /nonexistent/dir does not exist"), "\(output.standardError)")
        #expect(!output.standardError.contains("The operation could not be completed"))
    }

    @Test func uxFinding73OutboxListCountsTheMessagesHeldForEachPerson() throws {
        #expect(run("import people \(sampleOrg)").0 == 0)
        let app = try openApp()
        let bruno = try #require(try app.directory.person(email: "bruno.silva@example.com"))
        let hina = try #require(try app.directory.person(email: "hina.sasaki@example.com"))
        try app.messenger.send(.text("An offer for you"), to: bruno.id)
        try app.messenger.send(.text("Meet Hina"), to: bruno.id)
        try app.messenger.send(.text("Meet Bruno"), to: hina.id)
        let (status, output) = run("outbox list")
        #expect(status == 0)
        #expect(output.standardOutput.contains("no messages waiting for delivery"))
        #expect(output.standardOutput.contains("held: 3 message(s) for 2 person(s) mentord could not reach"), "\(output.standardOutput)")
        #expect(output.standardOutput.contains("bruno.silva@example.com\t2\t0 min ago\tno chat account mentord can write to"))
        #expect(output.standardOutput.contains("hina.sasaki@example.com\t1\t0 min ago\tno chat account mentord can write to"))
        #expect(!run("outbox list --dead").1.standardOutput.contains("held:"), "dead letters are their own list")
        _ = ConsoleSessionProbe.say("whoami", as: "bruno.silva@example.com", environment: environment)
        #expect(!run("outbox list").1.standardOutput.contains("bruno.silva@example.com"), "read in the console, so no longer held")
    }

    @Test func uxFinding76AEuropeanExcelExportWithSemicolonsBOMAndCRLFImports() throws {
        let original = try String(contentsOfFile: sampleOrg, encoding: .utf8)
        // As Excel writes it with a semicolon list separator: fields holding a semicolon (languages) in quotes.
        let european = "\u{FEFF}" + original.split(separator: "\n").map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map { $0.contains(";") ? "\"\($0)\"" : String($0) }.joined(separator: ";")
        }.joined(separator: "\r\n") + "\r\n"
        let file = try write(european, to: "excel.csv")
        let (status, output) = run("import people \(file) --dry-run")
        #expect(status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains("would import 300 people"))
        let tabbed = try write(original.replacingOccurrences(of: ",", with: "\t"), to: "tabs.tsv")
        #expect(run("import people \(tabbed) --dry-run").1.standardOutput.contains("would import 300 people"))
    }

    @Test func uxFinding76AnUnreadableSeparatorSaysWhatWasFoundAndHowToExportAgain() throws {
        let file = try write("email|name|timezone\na@example.com|A|UTC\n", to: "pipes.csv")
        let (status, output) = run("import people \(file)")
        #expect(status == 65)
        #expect(output.standardError.contains(
            "pipes.csv:1: required column(s) email, name, timezone not found; the header is one column, \"email|name|timezone\". mentord reads columns separated by commas, semicolons or tabs"
        ), "\(output.standardError)")
        #expect(output.standardError.contains("save the sheet again as CSV UTF-8"))
    }

    @Test func logLinesAreShortTextOnATerminalAndJSONOtherwise() throws {
        let terminalRun = run(["migrate"], environment: ["MENTORD_LOG_LEVEL": "info"], interactive: true).1.standardError
        #expect(terminalRun.contains(/^\d\d:\d\d:\d\d info  database opened path=/.anchorsMatchLineEndings()), "\(terminalRun)")
        #expect(!terminalRun.contains("{\""))
        let piped = run(["migrate"], environment: ["MENTORD_LOG_LEVEL": "info"]).1.standardError
        #expect(piped.contains("{\"ts\":"), "JSON when stderr is not a terminal")
        let forced = run(["migrate"], environment: ["MENTORD_LOG_LEVEL": "info", "MENTORD_LOG_FORMAT": "json"], interactive: true).1.standardError
        #expect(forced.contains("\"msg\":\"database opened\""), "log.format=json wins on a terminal")
        let bad = run(["migrate"], environment: ["MENTORD_LOG_FORMAT": "pretty"])
        #expect(bad.0 == 78)
        #expect(bad.1.standardError.contains("log.format"))
    }
}

/// One console line as a person on the terminal would type it, against the CLI's data directory.
enum ConsoleSessionProbe {
    static func say(_ line: String, as email: String, environment: [String: String]) -> String {
        let captured = CapturedTerminal(environment: environment, input: [line])
        _ = MentordCLI.run(["console", "--as", email], terminal: captured.terminal)
        return captured.standardOutput
    }
}
