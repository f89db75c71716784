import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Every command, through the chat harness: a usage mistake and an out-of-range value get a reply that says what to
/// type, and change nothing. The texts all come from the commands' declarations.
@Suite struct CommandUsageScenarioTests {
    static let member = "bruno@example.com"
    static let manager = "priya@example.com"
    static let long = String(repeating: "x", count: 61)

    /// (who, what they type, what they read). Each line changes nothing.
    static let cases: [(String, String, String)] = [
        (member, "help circle jion", "circle has no \"jion\". Type help circle to see what it does."),
        (member, "help \(String(repeating: "h", count: 41))", "COMMAND can be at most 40 characters; yours has 41."),
        (member, "join now", "I didn't expect \"now\". Type join. Try help join."),
        (member, "profile set", "Missing FIELD. Type profile set FIELD [VALUE], for example profile set timezone Europe/Berlin."),
        (member, "profile set capacity 11", "from 0 to 10"),
        (member, "find negotiation --pages 2", "Unknown option --pages; did you mean --page? Try help find."),
        (member, "find negotiation --page 0", "--page should be a whole number from 1 to 1000; 0 is out of range. Nothing was changed."),
        (member, "pause until", "until needs a value: a date written YYYY-MM-DD, like 2027-03-31. Try help pause."),
        (member, "pause until 2027-13-45", "until should be a date written YYYY-MM-DD, like 2027-03-31; \"2027-13-45\" isn't."),
        (member, "resume now", "I didn't expect \"now\". Type resume. Try help resume."),
        (member, "language xx", "I don't speak \"xx\" yet, so I keep writing to you as before. To switch, type language de (Deutsch), language en (English), language es (Español)"),
        (member, "language \(String(repeating: "l", count: 21))", "CODE can be at most 20 characters; yours has 21."),
        (member, "whoami please", "I didn't expect \"please\". Type whoami. Try help whoami."),
        (member, "leave now", "I didn't expect \"now\". Type leave. Try help leave."),
        (member, "link K7Q2 M9XD", "I didn't expect \"M9XD\". Type link [CODE]. Try help link."),
        (manager, "role grant @bruno@example.com", "Missing ROLE. Type role grant @PERSON manager|ambassador|program-manager|sponsor"),
        (manager, "role grant @bruno@example.com ambassador now", "I didn't expect \"now\"."),
        (member, "request negotiation --micro --ongoing", "Choose --micro or --ongoing, not both. Try help request."),
        (member, "request negotiation --micro=yes", "--micro takes no value; just type --micro. Try help request."),
        (member, "request --with @chiyo@example.com --with @dee@example.com", "--with was given twice; give it once."),
        (member, "request \(String(repeating: "r", count: 201))", "TOPIC can be at most 200 characters; yours has 201."),
        (member, "accept 0", "OFFER should be the number a reply showed, like 3; 0 is out of range. Nothing was changed."),
        (member, "accept 1 2", "I didn't expect \"2\". Type accept OFFER. Try help accept."),
        (member, "decline", "Missing OFFER. Type decline OFFER [REASON], for example decline 12."),
        (member, "decline -4", "OFFER should be the number a reply showed, like 3; -4 is out of range."),
        (member, "cancel soon", "I didn't expect \"soon\". Type cancel [MEETING]. Try help cancel."),
        (member, "cancel 0", "MEETING should be the number a reply showed, like 3; 0 is out of range."),
        (manager, "nominate", "Missing @PERSON. Type nominate @PERSON [REASON]"),
        (manager, "nominate @bruno@example.com \(String(repeating: "n", count: 501))", "REASON can be at most 500 characters; yours has 501."),
        (member, "block", "Missing @PERSON. Type block @PERSON, for example block @kaito.ito@example.com."),
        (member, "block @dee@example.com now", "I didn't expect \"now\". Type block @PERSON. Try help block."),
        (member, "unblock", "Missing @PERSON. Type unblock @PERSON, for example unblock @kaito.ito@example.com."),
        (manager, "match run --comit", "Unknown option --comit; did you mean --commit? Try help match run."),
        (manager, "match run --commit --dry-run", "Choose --commit or --dry-run, not both. Try help match run."),
        (manager, "match", "match needs one of: run, rotate. Type help match for details."),
        (manager, "responsiveness now", "I didn't expect \"now\". Type responsiveness. Try help responsiveness."),
        (member, "overlap", "Missing @PERSON. Type overlap @PERSON"),
        (member, "overlap @chiyo@example.com @dee@example.com", "I didn't expect \"@dee@example.com\"."),
        (member, "schedule @chiyo@example.com 500m", "LENGTH should be a length from 15m to 4h, like 30m or 1h; 500m is out of range."),
        (member, "schedule @chiyo@example.com within 0d", "within should be from 1 to 28 days, like 7d or 2w; 0d is out of range."),
        (member, "book", "Missing OPTION. Type book OPTION, for example book 1."),
        (member, "book 100", "OPTION should be a whole number from 1 to 99; 100 is out of range."),
        (member, "rsvp", "Missing MEETING. Type rsvp MEETING yes|no|accept|decline, for example rsvp 4 yes."),
        (member, "rsvp 4 maybe", "ANSWER should be one of yes, no, accept, decline; \"maybe\" isn't. Try help rsvp."),
        (member, "rsvp 4 yes", "You have no meeting 4. Type meetings to see yours."),
        (member, "reschedule 3 within 29d", "within should be from 1 to 28 days, like 7d or 2w; 29d is out of range."),
        (member, "reschedule soon", "MEETING should be the number a reply showed, like 3; \"soon\" isn't."),
        (member, "meetings all", "I didn't expect \"all\". Type meetings. Try help meetings."),
        (member, "cadence", "Missing CADENCE. Type cadence weekly|biweekly|monthly|none|off [MEETING]"),
        (member, "cadence weekly 0", "MEETING should be the number a reply showed, like 3; 0 is out of range."),
        (member, "calendar https://a.example/x.ics now", "I didn't expect \"now\". Type calendar [ADDRESS]. Try help calendar."),
        (member, "checkin 0 met", "ID should be the number a reply showed, like 3; 0 is out of range."),
        (member, "checkin 4 maybe", "ANSWER should be one of met, not-yet, snooze; \"maybe\" isn't."),
        (member, "pairing list 3", "I didn't expect \"3\"."),
        (member, "mentoring now", "I didn't expect \"now\". Type mentoring."),
        (member, "pairing keep 0", "ID should be the number a reply showed, like 3; 0 is out of range."),
        (member, "reflect shar 7", "reflect has no \"shar\"; did you mean share? Type help reflect for details."),
        (member, "reflect share 0", "ID should be the number a reply showed, like 3; 0 is out of range."),
        (member, "reflections all", "I didn't expect \"all\". Type reflections. Try help reflections."),
        (member, "goal ad Ship it", "goal has no \"ad\"; did you mean add? Type help goal for details."),
        (member, "goal progress 2 101", "PERCENT should be a whole number from 0 to 100; 101 is out of range."),
        (member, "goal add \(String(repeating: "g", count: 301))", "TEXT can be at most 300 characters; yours has 301."),
        (member, "goals mine", "I didn't expect \"mine\". Type goals. Try help goals."),
        (member, "survey", "Missing PAIRING. Type survey PAIRING SCORE [COMMENT]"),
        (member, "survey 1 6", "SCORE should be a whole number from 1 to 5; 6 is out of range."),
        (member, "digest maybe", "SETTING should be one of on, off; \"maybe\" isn't."),
        (manager, "engagement now", "engagement has no \"now\". It takes: comments, unreachable. Type help engagement for details."),
        (member, "circle create \(long)", "NAME can be at most 60 characters; yours has 61."),
        (member, "circle create peers --kind club", "--kind should be one of peer, forum, chapter; \"club\" isn't."),
        (member, "circle create peers --ends 2020-01-01", "A circle's end date must be in the future; 2020-01-01 is not."),
        (member, "circle jion peers", "circle has no \"jion\"; did you mean join? Type help circle for details."),
        (member, "officehours add speaking --every Tue 10:00 --capacity 501", "--capacity should be a whole number from 1 to 500; 501 is out of range."),
        (member, "officehours add speaking --every Tue 10:00 --duration 10m", "--duration should be a length from 15m to 4h, like 30m or 1h; 10m is out of range."),
        (member, "officehours add speaking", "Missing --every: a day and a time in your zone, like \"Tue 16:00\". Type officehours add --every \"Tue 16:00\" TOPIC"),
        (member, "officehours signup 0", "ID should be the number a reply showed, like 3; 0 is out of range."),
        (manager, "resources approve 0", "ID should be the number a reply showed, like 3; 0 is out of range."),
        (member, "resources suggest https://example.com/x", "Missing TITLE. Type resources suggest TITLE URL"),
        (member, "kudos @chiyo@example.com", "Missing MESSAGE. Type kudos @PERSON MESSAGE"),
        (member, "kudos @chiyo@example.com \(String(repeating: "k", count: 501))", "MESSAGE can be at most 500 characters; yours has 501."),
        (member, "recognition maybe", "recognition has no \"maybe\". It takes: on, off. Type help recognition for details."),
        (member, "feedback --anonymos The round felt rushed", "Unknown option --anonymos; did you mean --anonymous? Try help feedback."),
        (member, "feedback", "Missing TEXT. Type feedback TEXT [--anonymous]"),
        (manager, "feedback answer 0 Thanks", "ID should be the number a reply showed, like 3; 0 is out of range."),
        (manager, "announce --channel", "--channel needs a value: text of at most 80 characters. Try help announce."),
        (manager, "announce --channel mentoring-global \(String(repeating: "a", count: 3001))", "TEXT can be at most 3000 characters; yours has 3001."),
        (manager, "dashboard now", "I didn't expect \"now\". Type dashboard. Try help dashboard."),
    ]

    let chat: ChatHarness

    init() throws {
        chat = try ChatHarness()
        try chat.grant(.programManager, to: Self.manager)
    }

    /// The database as stored: the same bytes before and after means nothing changed.
    func stored() throws -> [Data] {
        ["mentord.sqlite", "mentord.sqlite-wal"].map { name in
            (try? Data(contentsOf: URL(fileURLWithPath: chat.folder.file(name)))) ?? Data()
        }
    }

    @Test func everyCommandExplainsAMistakeAndChangesNothing() throws {
        for email in [Self.member, Self.manager] { _ = chat.say("whoami", as: email) }
        for (email, line, expected) in Self.cases {
            let before = try stored()
            let reply = chat.say(line, as: email)
            #expect(reply.contains(expected), "\(line) → \(reply)")
            #expect(try stored() == before, "\(line) changed nothing")
        }
    }

    @Test func everyCommandHasACase() {
        let covered = Set(Self.cases.compactMap { CommandInvocation(parsing: $0.1).map(\.name) })
        let commands = BuiltinCommands.all.map(\.descriptor.name)
        #expect(commands.filter { !covered.contains($0) } == [], "commands with no usage case")
    }

    @Test func aMemberIsRefusedProgramManagerActionsWithAClearMessage() throws {
        _ = chat.say("whoami", as: Self.member)
        let before = try stored()
        for line in ["feedback queue", "feedback answer 1 Thanks", "resources pending", "resources approve 1", "recognition", "match run"] {
            let reply = chat.say(line, as: Self.member)
            #expect(reply.hasPrefix("Only people with the program-manager role can use"), "\(line) → \(reply)")
        }
        #expect(chat.say("resources approve 1", as: Self.member)
            == "Only people with the program-manager role can use resources approve. Type help to see what you can do.")
        #expect(try stored() == before)
        #expect(chat.say("feedback queue", as: Self.manager).contains("No open feedback."))
    }

    @Test func helpShowsEachCommandsActionsAndOptionsWithTheirRoles() {
        let feedback = chat.say("help feedback", as: Self.member)
        #expect(feedback.contains("feedback queue — Feedback waiting for an answer (audited) (program-manager only)"), "\(feedback)")
        #expect(feedback.contains("feedback check TOKEN — Read the answer to anonymous feedback"))
        let create = chat.say("help circle create", as: Self.member)
        #expect(create.contains("Usage: circle create NAME [--kind peer|forum|chapter]"), "\(create)")
        #expect(create.contains("--kind peer|forum|chapter — one of peer, forum, chapter (default peer)"))
        #expect(create.contains("--ends YYYY-MM-DD — a date written YYYY-MM-DD"))
        let add = chat.say("help officehours add", as: Self.member)
        #expect(add.contains("--capacity N — a whole number from 1 to 500 (default 8)"), "\(add)")
        #expect(add.contains("--duration 30m — a length from 15m to 4h, like 30m or 1h (default 30m)"))
        let overview = chat.say("help", as: Self.member)
        #expect(overview.contains("resources [TOPIC] | resources suggest|pending|approve") == false, "PM-only actions are left out of the member's list")
        #expect(overview.contains("resources [TOPIC] | resources suggest TITLE URL [--topics TOPICS] [--summary SUMMARY] — "), "\(overview)")
        #expect(chat.say("help", as: Self.manager).contains("resources [TOPIC] | resources suggest|pending|approve|reject — "))
        let request = chat.say("help request", as: Self.member)
        #expect(request.contains("--micro — a one-off conversation"), "the bare action's options: \(request)")
        #expect(request.contains("--with @PERSON — a person, mentioned or by work email"))
        #expect(chat.say("help circle frob", as: Self.member) == "circle has no \"frob\". Type help circle to see what it does.")
    }
}
