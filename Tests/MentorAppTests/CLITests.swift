import Foundation
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// The `mentord` command line run in-process: exit codes and what the operator reads.
@Suite struct CLITests {
    let folder = TemporaryDirectory()
    var environment: [String: String] {
        ["MENTORD_DATA_DIR": folder.file("data"), "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning"]
    }
    let sampleOrg = BuiltProducts.packageRoot + "/Config/sample-org.csv"

    func run(_ arguments: String, input: [String] = [], environment extra: [String: String] = [:]) -> (Int32, CapturedTerminal) {
        let captured = CapturedTerminal(environment: environment.merging(extra) { $1 }, input: input)
        let words = arguments.split(separator: " ").map(String.init)
        return (MentordCLI.run(words, terminal: captured.terminal), captured)
    }

    @Test func helpListsEveryCommandFromTheDescriptors() {
        let (status, terminal) = run("help")
        #expect(status == 0)
        for name in ["serve", "console", "import people", "link", "outbox list", "outbox retry", "migrate", "backup", "config check", "version", "help"] {
            #expect(terminal.standardOutput.contains("  \(name) "), "help lacks \(name)")
        }
        let (detailStatus, detail) = run("help import people")
        #expect(detailStatus == 0)
        #expect(detail.standardOutput.contains("Usage: mentord import people FILE.csv [--dry-run] [--partial] [--full-sync] [--forget-departed-after DAYS] [--as-of YYYY-MM-DD] [--config FILE]"))
        #expect(run("import people --help").1.standardOutput == detail.standardOutput)
    }

    @Test func usageErrorsExit64AndSayWhatToTypeInstead() {
        let cases: [(String, String)] = [
            ("", "Usage: mentord COMMAND"),
            ("serv", "Did you mean: mentord serve?"),
            ("import people", "missing FILE.csv"),
            ("import people a.csv b.csv", "unexpected argument \"b.csv\""),
            ("import people a.csv --dryrun", "Did you mean --dry-run?"),
            ("console", "--as EMAIL is required"),
            ("console --as", "--as needs a value"),
            ("help nonsense", "unknown command \"nonsense\""),
        ]
        for (arguments, expected) in cases {
            let (status, terminal) = run(arguments)
            #expect(status == 64, "\(arguments) exited \(status)")
            #expect((terminal.standardError + terminal.standardOutput).contains(expected), "\(arguments): \(terminal.standardError)")
        }
    }

    @Test func versionNamesTheSchema() {
        let (status, terminal) = run("version")
        #expect(status == 0)
        #expect(terminal.standardOutput.hasPrefix("mentord 0.1.0 (schema \(Migrator().latestVersion), SQLite 3."))
    }

    @Test func configCheckShowsSourcesAndRejectsBadValuesWith78() {
        let (status, terminal) = run("config check", environment: ["MENTORD_HTTP_PORT": "9090"])
        #expect(status == 0)
        #expect(terminal.standardOutput.contains("http.port = \"9090\"  (MENTORD_HTTP_PORT)"))
        #expect(terminal.standardOutput.contains("configuration ok"))
        let (missingStatus, missing) = run("config check", environment: ["MENTORD_CATALOG_SYNONYMS_FILE": "/nonexistent/synonyms.json"])
        #expect(missingStatus == 78)
        #expect(missing.standardError.contains("synonyms file /nonexistent/synonyms.json not found"))
        let (badStatus, bad) = run("config check", environment: ["MENTORD_HTTP_THREADS": "many"])
        #expect(badStatus == 78)
        #expect(bad.standardError.contains("config http.threads = \"many\" (from MENTORD_HTTP_THREADS) is invalid: use a whole number from 1 to 64"))
    }

    @Test func securityD17ConfigCheckRefusesThePlatformValuesServeRefuses() {
        let (discordStatus, discord) = run("config check", environment: ["MENTORD_DISCORD_PUBLIC_KEY": "zz"])
        #expect(discordStatus == 78)
        #expect(discord.standardError.contains("MENTORD_DISCORD_PUBLIC_KEY must be the application's public key: 64 hex characters"))
        #expect(!discord.standardOutput.contains("configuration ok"))
        let (teamsStatus, teams) = run("config check", environment: ["MENTORD_TEAMS_SECURITY_TOKEN": "%%%badb64%%%"])
        #expect(teamsStatus == 78)
        #expect(teams.standardError.contains("MENTORD_TEAMS_SECURITY_TOKEN is not base64"))
        let (fileStatus, file) = run("config check", environment: ["MENTORD_SLACK_BOT_TOKEN_FILE": "/nonexistent/bot-token"])
        #expect(fileStatus == 78)
        #expect(file.standardError.contains("cannot read /nonexistent/bot-token, given by MENTORD_SLACK_BOT_TOKEN_FILE"), "\(file.standardError)")
        #expect(!file.standardError.contains("--config"), "the config file is not the problem")
    }

    @Test func importValidatesEverythingAndWritesAllOrNothing() throws {
        let bad = folder.file("bad.csv")
        try "email,name,timezone\nok@example.com,Ok,UTC\nbad@example.com,Bad,Europe/Pariss\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let (status, terminal) = run("import people \(bad)")
        #expect(status == 65)
        #expect(terminal.standardError.contains("bad.csv:3: timezone \"Europe/Pariss\" is not an IANA zone; did you mean Europe/Paris?"))
        #expect(terminal.standardError.contains("nothing imported: 1 problem(s)"))
        #expect(run("console --as ok@example.com").0 == 66, "nothing was imported")

        let (partialStatus, partial) = run("import people \(bad) --partial")
        #expect(partialStatus == 65)
        #expect(partial.standardOutput.contains("imported 1 people"))
        #expect(run("console --as ok@example.com").0 == 0)
    }

    @Test func theSampleOrgImportsCleanlyAndReimportChangesNothing() {
        let (dryStatus, dry) = run("import people \(sampleOrg) --dry-run")
        #expect(dryStatus == 0)
        #expect(dry.standardOutput.contains("would import"))
        #expect(run("console --as alice.nguyen@example.com").0 == 66, "a dry run writes nothing")
        let (status, first) = run("import people \(sampleOrg)")
        #expect(status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("updated 0, unchanged 0"))
        let (_, second) = run("import people \(sampleOrg)")
        #expect(second.standardOutput.contains("created 0, updated 0"))
    }

    @Test func consoleAnswersPipedCommandsAndRefusesStrangers() {
        _ = run("import people \(sampleOrg)")
        let (status, terminal) = run("console --as alice.nguyen@example.com", input: ["help", "whoami"])
        #expect(status == 0)
        #expect(terminal.standardOutput.contains("whoami — Show what mentord knows about you"))
        #expect(terminal.standardOutput.contains("alice.nguyen@example.com"))
        let (strangerStatus, stranger) = run("console --as nobody@example.com")
        #expect(strangerStatus == 66)
        #expect(stranger.standardError.contains("no person with email nobody@example.com in the directory"))
    }

    @Test func migrateAndBackupReportWhatTheyDid() throws {
        let (status, terminal) = run("migrate")
        #expect(status == 0)
        #expect(terminal.standardOutput.contains("schema version \(Migrator().latestVersion)"))
        let target = folder.file("copy.sqlite")
        let (backupStatus, backup) = run("backup \(target)")
        #expect(backupStatus == 0)
        #expect(backup.standardOutput.contains("backup written to \(target)"))
        #expect(run("backup \(target)").0 == 64, "an existing file is never overwritten")
    }

    @Test func linkIssuesAOneTimeCodeForKnownPeopleOnly() {
        _ = run("import people \(sampleOrg)")
        let (status, terminal) = run("link alice.nguyen@example.com")
        #expect(status == 0)
        #expect(terminal.standardOutput.contains(/link code for Alice Nguyen <alice.nguyen@example.com>: [A-Z2-9]{4}-[A-Z2-9]{4}/))
        let (unknown, stranger) = run("link nobody@example.com")
        #expect(unknown == 66)
        #expect(stranger.standardError.contains("no person with email nobody@example.com"))
    }

    @Test func outboxListShowsDeadLettersAndRetryRequeuesThem() throws {
        #expect(run("outbox list").1.standardOutput.contains("no messages waiting"))
        let app = try MentorApplication(config: MentorConfig(ConfigLoader(environment: environment).load(file: nil)), logger: RecordingLogger())
        let id = try app.outbox.enqueue(OutgoingMessage(platform: "slack", workspace: "T1", destination: .conversation("C1"), reply: .text("hi")))
        try app.outbox.markFailed(id, error: "channel_not_found", retryAt: nil)
        let (status, dead) = run("outbox list --dead")
        #expect(status == 0)
        #expect(dead.standardOutput.contains("\(id)\tslack\t1\t"))
        #expect(dead.standardOutput.contains("channel_not_found"))
        #expect(run("outbox retry \(id)").1.standardOutput.contains("message \(id) queued again"))
        #expect(run("outbox list").1.standardOutput.contains("\(id)\tslack"))
        #expect(run("outbox retry \(id)").0 == 66, "no longer a dead letter")
        #expect(run("outbox retry abc").0 == 64)
    }

    @Test func aMissingCSVExits66() {
        let (status, terminal) = run("import people \(folder.file("nope.csv"))")
        #expect(status == 66)
        #expect(terminal.standardError.contains("no such file"))
    }
}
