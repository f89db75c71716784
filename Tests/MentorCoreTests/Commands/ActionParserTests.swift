import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// The one parser every chat command uses, against a small declaration with every kind of value.
@Suite struct ActionParserTests {
    static let demo = CommandDescriptor("demo", defaultAction: "list", actions: [
        CommandAction(
            "add", arguments: [.rest("topic", maxLength: 20)],
            options: [
                CommandOption("capacity", .integer(1...500), default: "8"), CommandOption("duration", .minutes(15...240), default: "30m"),
                CommandOption("due", .date), CommandOption("with", .person), CommandOption("kind", .choice(["peer", "forum"])),
                CommandOption("every", .weeklyTime), .flag("micro"), CommandOption("within", .days(1...28), default: "7d", keyword: true),
            ],
            run: { _, _ in [] }
        ),
        CommandAction("join", arguments: [CommandArgument("name", .text(maxLength: 60))], run: { _, _ in [] }),
        CommandAction("show", arguments: [CommandArgument("id", .id), .optional("person", .person)], run: { _, _ in [] }),
        CommandAction("meet", arguments: [CommandArgument("people", .person, .repeated(1...2)), .optional("length", .minutes(15...240))], run: { _, _ in [] }),
        CommandAction("suggest", arguments: [.rest("title"), CommandArgument("url", .url)], run: { _, _ in [] }),
        CommandAction("list", run: { _, _ in [] }),
        CommandAction("purge", role: .programManager, run: { _, _ in [] }),
    ])

    let chat: ChatHarness
    let catalog: MessageCatalog

    init() throws {
        chat = try ChatHarness()
        catalog = try ChatHarness.loadPrompts()
    }

    func context(_ email: String = "bruno@example.com", roles: Set<Role> = [.member]) throws -> CommandContext {
        let person = try #require(try chat.directory.person(email: email))
        return CommandContext(
            caller: person, origin: ChatIdentity(platform: "console", workspace: "", userID: email), callerRoles: roles,
            messages: catalog.localized(to: "en"), services: chat.assistant.services, registry: chat.assistant.registry, commandPrefix: "/mentor "
        )
    }

    func parse(_ line: String, roles: Set<Role> = [.member]) throws -> CommandArguments {
        try ActionParser(descriptor: Self.demo, context: context(roles: roles)).parse(CommandInvocation(parsing: "demo " + line)!).1
    }

    /// The text a usage error shows the caller.
    func error(_ line: String, roles: Set<Role> = [.member]) throws -> String {
        do {
            _ = try parse(line, roles: roles)
        } catch let error as UserError {
            return catalog.localized(to: "en")(error.key, error.arguments)
        }
        Issue.record("\(line) parsed")
        return ""
    }

    @Test func typedValuesAndDefaults() throws {
        let parsed = try parse("add public speaking --capacity 6 --due 2027-03-31 --with @chiyo@example.com --kind Forum --micro")
        #expect(parsed.action == "add")
        #expect(parsed["topic"] == "public speaking")
        #expect(parsed.number("capacity") == 6)
        #expect(parsed.number("duration") == 30, "the declared default")
        #expect(parsed.number("within") == 7)
        #expect(parsed.date("due") == CalendarDate(iso: "2027-03-31"))
        #expect(parsed.person("with")?.email == "chiyo@example.com")
        #expect(parsed.text("kind") == "forum")
        #expect(parsed.flag("micro"))
    }

    @Test func optionsTakeEqualsOrTheNextWordAndKeywordsNeedNoDashes() throws {
        let parsed = try parse("add --duration=1h talks within 2w --capacity=12")
        #expect(parsed.number("duration") == 60)
        #expect(parsed.number("capacity") == 12)
        #expect(parsed.number("within") == 14)
        #expect(parsed["topic"] == "talks")
        #expect(try parse("add x --every Tue 16:00").weeklyTime("every")?.minute == 16 * 60)
        #expect(try parse("add x --every \"Tue 16:00\"").weeklyTime("every")?.day == Weekday(parsing: "Tue"))
    }

    @Test func quotesAndCurlyQuotesGroupANameAndAreNeverOptions() throws {
        #expect(try parse("join \"Women in Tech\"")["name"] == "Women in Tech")
        #expect(try parse("join “Women in Tech”")["name"] == "Women in Tech")
        #expect(try parse("join „Women in Tech“")["name"] == "Women in Tech")
        #expect(try parse("add \"--not an option\"")["topic"] == "--not an option")
        #expect(try parse("add keep  it,   ok")["topic"] == "keep  it,   ok", "rest keeps what was typed")
    }

    @Test func rangesAreCheckedOnce() throws {
        #expect(try error("add x --capacity 501") == "--capacity should be a whole number from 1 to 500; 501 is out of range. Nothing was changed.")
        #expect(try error("add x --capacity 0").contains("0 is out of range"))
        #expect(try error("add x --duration 5h") == "--duration should be a length from 15m to 4h, like 30m or 1h; 5h is out of range. Nothing was changed.")
        #expect(try error("add x within 30d").contains("within should be from 1 to 28 days, like 7d or 2w; 30d is out of range."))
        #expect(try error("show 0") == "ID should be the number a reply showed, like 3; 0 is out of range. Nothing was changed.")
        #expect(try error("add \(String(repeating: "x", count: 21))") == "TOPIC can be at most 20 characters; yours has 21.")
    }

    @Test func badValuesSayWhatIsAccepted() throws {
        #expect(try error("add x --capacity lots") == "--capacity should be a whole number from 1 to 500; \"lots\" isn't. Try /mentor help demo add.")
        #expect(try error("add x --due 31/03/2027").contains("--due should be a date written YYYY-MM-DD, like 2027-03-31"))
        #expect(try error("add x --kind club").contains("--kind should be one of peer, forum; \"club\" isn't."))
        #expect(try error("add x --every Someday 10:00").contains("--every should be a day and a time in your zone"))
        #expect(try error("add x --with @nobody@example.com") == "I don't know @nobody@example.com. Mention them, or use their work email.")
        #expect(try error("suggest A title ftp://x").contains("URL should be an https:// address"))
    }

    @Test func unknownMissingAndRepeatedOptions() throws {
        #expect(try error("add x --mikro") == "Unknown option --mikro; did you mean --micro? Try /mentor help demo add.")
        #expect(try error("add x --colour red").hasPrefix("Unknown option --colour. It takes --capacity, --duration"))
        #expect(try error("add x --capacity") == "--capacity needs a value: a whole number from 1 to 500. Try /mentor help demo add.")
        #expect(try error("add x --capacity --micro").hasPrefix("--capacity needs a value"))
        #expect(try error("add x --capacity 3 --capacity 4") == "--capacity was given twice; give it once. Try /mentor help demo add.")
        #expect(try error("add x --micro=yes") == "--micro takes no value; just type --micro. Try /mentor help demo add.")
    }

    @Test func missingAndUnexpectedWords() throws {
        #expect(try error("join") == "Missing NAME. Type /mentor demo join NAME, for example /mentor demo join NAME.")
        #expect(try error("join Women in Tech").hasPrefix("I didn't expect \"in Tech\". Type /mentor demo join NAME; put a name with spaces in quotes"))
        #expect(try error("meet") .hasPrefix("Missing @PERSON [@PERSON…]."))
        #expect(try error("meet @chiyo@example.com @alice@example.com @dee@example.com").hasPrefix("@PERSON [@PERSON…]: at most 2."))
    }

    @Test func repeatedAndOptionalArgumentsTakeOnlyWordsOfTheirKind() throws {
        let parsed = try parse("meet @chiyo@example.com @chiyo@example.com 45m")
        #expect(parsed.people("people").map(\.email) == ["chiyo@example.com"], "each person once")
        #expect(parsed.number("length") == 45)
        #expect(try parse("show #3").id("id") == 3)
        #expect(try parse("show 3 @chiyo@example.com").person("person")?.email == "chiyo@example.com")
        let suggestion = try parse("suggest Radical Candor summary https://example.com/candor")
        #expect(suggestion["title"] == "Radical Candor summary" && suggestion["url"] == "https://example.com/candor")
    }

    @Test func actionsAreMatchedByNameWithASuggestionAndTheDefaultWhenNothingIsTyped() throws {
        #expect(try parse("").action == "list")
        #expect(try parse("JOIN x").action == "join")
        #expect(try error("jion x") == "demo has no \"jion\"; did you mean join? Type /mentor help demo for details.")
        #expect(try error("frobnicate").hasPrefix("demo has no \"frobnicate\". It takes: add, join, show, meet, suggest, list."))
    }

    @Test func eachActionChecksItsOwnRole() throws {
        #expect(try error("purge") == "Only people with the program-manager role can use demo purge. Type /mentor help to see what you can do.")
        #expect(try parse("purge", roles: [.member, .programManager]).action == "purge")
    }

    @Test func usageAndHelpComeFromTheDeclaration() {
        let add = Self.demo.actions[0]
        #expect(Self.demo.usage(of: add).hasPrefix("demo add TOPIC [--capacity N] [--duration 30m] [--due YYYY-MM-DD] [--with @PERSON]"))
        #expect(Self.demo.usage(of: Self.demo.actions[3]) == "demo meet @PERSON [@PERSON…] [30m]")
        #expect(Self.demo.summaryKey(of: add) == "command.demo.add.summary")
    }
}
