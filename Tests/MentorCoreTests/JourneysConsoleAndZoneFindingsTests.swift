@testable import ChatPlatforms
import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Findings 7, 17, 71, 75 and 76 of the 2026-12-01 walkthrough: the console as a terminal program, zone names, and
/// import validation, through the chat harness and the planners.
@Suite struct JourneysConsoleAndZoneFindingsTests {
    static let alice = "alice@example.com"

    // MARK: 7 and 75: zone names

    @Test func uxFinding7ZoneNamesAreCaseInsensitiveAndSavedCanonically() throws {
        let chat = try ChatHarness()
        #expect(chat.say("profile set timezone America/sao_paulo", as: Self.alice).contains("Saved"))
        #expect(try chat.profile(of: Self.alice)?.timeZoneID == "America/Sao_Paulo")
        #expect(chat.say("profile set timezone ASIA/TOKYO", as: Self.alice).contains("Saved"))
        #expect(try chat.profile(of: Self.alice)?.timeZoneID == "Asia/Tokyo")
    }

    @Test func uxFinding7TheSuggestionKeepsTheCityWhenTheRegionIsWrong() throws {
        let chat = try ChatHarness()
        #expect(chat.say("profile set timezone Europe/Sao_Paulo", as: Self.alice)
            == "\"Europe/Sao_Paulo\" is not a time zone I know. Did you mean America/Sao_Paulo? Nothing was changed.")
        #expect(TimeZoneName.suggestion(for: "Asia/New_York") == "America/New_York")
        #expect(TimeZoneName.suggestion(for: "America/Sao_Paolo") == "America/Sao_Paulo")
        #expect(TimeZoneName.suggestion(for: "Mars/Base") == nil, "no far-fetched city")
    }

    @Test func uxFinding7UTCIsSavedAndShownAsUTC() throws {
        let chat = try ChatHarness()
        #expect(chat.say("profile set timezone UTC", as: Self.alice).contains("Saved"))
        #expect(chat.say("profile", as: Self.alice).contains(/Time zone: +UTC \(/))
    }

    @Test(arguments: ["GMT", "UTC", "Etc/UTC", "etc/gmt", "Zulu"])
    func uxFinding75GMTAndTheOtherNamesOfUTCAreAcceptedAsUTC(_ name: String) throws {
        #expect(TimeZoneName.check(name) == .valid)
        #expect(TimeZoneName.canonical(name) == "UTC")
        let plan = PeopleImportPlanner().plan(csv: "email,name,timezone\nkim@example.com,Kim,\(name)\n") { _ in false }
        #expect(plan.problems.isEmpty, "\(plan.problems)")
        #expect(plan.records.first?.timeZoneID == "UTC")
    }

    @Test func uxFinding75LegacyAliasesStayAcceptedAndBareWordsStillGetSuggestions() {
        #expect(TimeZoneName.canonical("Asia/Calcutta") == "Asia/Calcutta")
        #expect(TimeZoneName.canonical("US/Eastern") == "US/Eastern")
        #expect(TimeZoneName.check("berlin") == .unknown(suggestion: "Europe/Berlin"))
        #expect(TimeZoneName.check("") == .empty)
    }

    // MARK: 17: the console as a terminal program

    @Test func uxFinding17TheConsoleShowsAPromptAndABlankLineBetweenReplies() throws {
        let chat = try ChatHarness()
        var input = ["whoami", "language en"][...]
        var output = ""
        ConsoleChat(email: Self.alice, handle: chat.assistant.handle)
            .run(interactive: true, width: 100, readLine: { input.popFirst() }, write: { output += $0 })
        let whoami = chat.say("whoami", as: Self.alice)
        #expect(output.contains("> " + whoami + "\n\n> "), "a prompt before each line, a blank line after each reply:\n\(output)")
        #expect(output.hasSuffix("\n\n> "))
        var piped = ""
        var pipedInput = ["whoami", "whoami"][...]
        ConsoleChat(email: Self.alice, handle: chat.assistant.handle).run(interactive: false, readLine: { pipedInput.popFirst() }, write: { piped += $0 })
        #expect(piped == whoami + "\n\n" + whoami + "\n\n", "piped input: no prompt, replies still apart")
    }

    @Test func uxFinding17HelpIsWrappedToTheTerminalWidthWithListItemsAligned() throws {
        let chat = try ChatHarness()
        try chat.grant(.programManager, to: Self.alice)
        for line in ["help", "help circle", "help officehours", "help circle create", "help match"] {
            var input = [line][...]
            var output = ""
            ConsoleChat(email: Self.alice, handle: chat.assistant.handle)
                .run(interactive: false, width: 72, readLine: { input.popFirst() }, write: { output += $0 })
            let tooLong = output.split(separator: "\n").filter { $0.count > 72 && $0.contains(" ") }
            #expect(tooLong.isEmpty, "\(line): \(tooLong)")
        }
        let wrapped = ConsoleLayout(width: 40).wrap("  • circle create NAME [--kind peer|forum|chapter] — Start a circle")
        #expect(wrapped == "  • circle create NAME [--kind\n    peer|forum|chapter] — Start a circle")
        #expect(ConsoleLayout(width: 40).wrap("Bio:       I coach new managers on feedback and delegation")
            == "Bio:       I coach new managers on\n           feedback and delegation", "a field's value stays in its column")
        #expect(ConsoleLayout(width: nil).wrap(String(repeating: "word ", count: 80)) == String(repeating: "word ", count: 80), "no wrap off a terminal")
    }

    @Test func uxFinding17HelpOverviewLinesForCirclesAndOfficeHoursAreShort() throws {
        let chat = try ChatHarness()
        try chat.grant(.programManager, to: Self.alice)
        let overview = chat.say("help", as: Self.alice).split(separator: "\n")
        for command in ["circle", "officehours"] {
            let line = try #require(overview.first { $0.hasPrefix("  • \(command) ") })
            #expect(line.count <= 160, "\(line.count) characters: \(line)")
        }
    }

    @Test func uxFinding17HelpExamplesUsePeopleAndSitesOfTheSampleOrg() throws {
        let org = try String(contentsOfFile: BuiltProducts.packageRoot + "/Config/sample-org.csv", encoding: .utf8)
        let rows = org.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let emails = Set(rows.map { $0[0] }), sites = Set(rows.map { $0[3].lowercased() }), functions = Set(rows.map { $0[6].lowercased() })
        let examples = try ChatHarness().assistant.registry.commands.flatMap(\.descriptor.examples)
        var strangers: [String] = []
        for example in examples {
            for match in example.matches(of: /@?([a-z0-9.]+@example\.com)/) where !emails.contains(String(match.1)) {
                strangers.append("\(example): \(match.1)")
            }
            for match in example.matches(of: /site:([^\s"]+)/) where !sites.contains(String(match.1).lowercased()) {
                strangers.append("\(example): site \(match.1)")
            }
            for match in example.matches(of: /function:([^\s"]+)/) where !functions.contains(String(match.1).lowercased()) {
                strangers.append("\(example): function \(match.1)")
            }
        }
        #expect(examples.contains { $0.contains("@example.com") }, "the check needs person examples to look at")
        #expect(strangers.isEmpty, "help examples name people or places not in Config/sample-org.csv: \(strangers)")
    }

    @Test func uxFinding17AnotherPersonsBidiOverridesAndEscapesReachTheTerminalAsVisibleText() {
        let spoof = "great session \u{202E}gpj.exe\u{202C} \u{1b}[2J\u{2066}x\u{2069}"
        let console = ConsoleChat(email: Self.alice) { _ in [.text(spoof)] }
        let shown = console.reply(to: "kudos")
        #expect(shown == "great session [U+202E]gpj.exe[U+202C] ^[[2J[U+2066]x[U+2069]")
        #expect(!shown.unicodeScalars.contains { TerminalSafeText.bidiControls.contains($0.value) || $0.value == 0x1b })
    }

    // MARK: 71 and 76: import validation

    @Test func uxFinding71EveryProblemOfAPeopleRowIsReportedOnItsLine() {
        let plan = PeopleImportPlanner().plan(csv: """
            email,name,manager_email,timezone,career_stage,hire_date,languages,status
            kenji@example.com,,ghost@example.com,Asia/Tokio,wizard,30/11/2026,japanese;xx1,retired
            """) { _ in false }
        #expect(plan.problems.map(\.line) == Array(repeating: 2, count: 7))
        #expect(plan.problems.map(\.message) == [
            "name is empty for kenji@example.com",
            "timezone \"Asia/Tokio\" is not an IANA zone; did you mean Asia/Tokyo?",
            "career_stage \"wizard\" is unknown; use early, mid, senior, lead, executive or a level 1-10",
            "hire_date \"30/11/2026\" is not a date; write it as YYYY-MM-DD",
            "status \"retired\" is unknown; use active, left, alumni",
            "language \"japanese\", \"xx1\" is not a two-letter ISO 639-1 code such as en, es or pt",
            "manager_email ghost@example.com is not in this file or the directory; add them or leave it empty",
        ])
    }

    @Test func uxFinding76TheDelimiterIsFoundInTheHeaderLine() throws {
        #expect(try CSVTable(parsing: "email;name;timezone\r\na@x.com;\"A; B\";UTC\r\n").rows.first?.fields == ["a@x.com", "A; B", "UTC"])
        #expect(try CSVTable(parsing: "\u{FEFF}email\tname\na@x.com\tA").header == ["email", "name"])
        #expect(try CSVTable(parsing: "email,name,languages\na@x.com,A,en;pt").rows.first?.fields == ["a@x.com", "A", "en;pt"], "commas win in a comma header")
        #expect(try CSVTable(parsing: "\"a;b\",c\n1,2").delimiter == ",", "separators inside quotes don't count")
    }
}
