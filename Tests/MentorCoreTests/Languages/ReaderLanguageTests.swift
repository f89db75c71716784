import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Each reader gets their own language: the language switch, letters about two people, and channel posts.
@Suite struct ReaderLanguageTests {
    static let bruno = "bruno@example.com", eva = "eva@example.com", priya = "priya@example.com"

    @Test func languageWithNoCodeListsTheShippedLanguagesInTheirOwnNames() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        let catalog = try ChatHarness.loadPrompts()
        let reply = chat.say("language", as: Self.bruno)
        #expect(reply.contains(catalog.text("language.list_title", language: "en")), "\(reply)")
        #expect(reply.contains("English: what I write to you in now"), "the current one is marked: \(reply)")
        for code in catalog.languages where code != "en" {
            #expect(reply.contains("\(LanguageName.listed(code)): type language \(code)"), "\(code): \(reply)")
        }
        #expect(reply.contains("Español: type language es") && reply.contains("Português: type language pt"))
        let pt = chat.say("language pt", as: Self.bruno)
        #expect(pt.contains("português"), "\(pt)")
        let listed = chat.say("language", as: Self.bruno)
        #expect(listed.contains("Português: \(catalog.text("language.row_current", language: "pt", ["name": ""]).dropFirst(2))"), "\(listed)")
        #expect(listed.contains("English: \(catalog.text("language.row", language: "pt", ["name": "", "command": "language en"]).dropFirst(2))"), "\(listed)")
    }

    @Test func aLanguageThatIsNotShippedIsExplainedAndNothingChanges() throws {
        let chat = try ChatHarness(people: MatchingCast.csv)
        _ = chat.say("language pt", as: Self.bruno)
        let reply = chat.say("language fr", as: Self.bruno)
        let catalog = try ChatHarness.loadPrompts()
        let expected = catalog.text("language.unknown", language: "pt", [
            "code": "fr", "languages": LocaleFormat(language: "pt").either(catalog.languages.map { "language \($0) (\(LanguageName.listed($0)))" }),
        ])
        #expect(reply == expected, "\(reply)")
        #expect(reply.contains("language es (Español)") && reply.contains("language en (English)"))
        #expect(try chat.profile(of: Self.bruno)?.language == "pt", "still on the current one")
        #expect(chat.say("language ES", as: Self.bruno).contains("español"), "codes are read without case")
        #expect(try chat.profile(of: Self.bruno)?.language == "es")
    }

    @Test func anOfferAndItsWaitingLetterShowTimesAndZonesTheWayEachReaderWritesThem() throws {
        let chat = try MatchingCast.harness()
        try chat.setProfile(Self.bruno) { $0.language = "pt" }
        try chat.setProfile(Self.eva) { $0.language = "es" }
        let waiting = chat.say("request --with @eva@example.com", as: Self.bruno)
        // Bruno, in São Paulo, reads the deadline in Portuguese with the zone Brazilians know.
        #expect(waiting.contains(/(seg|ter|qua|qui|sex|sáb|dom)\., \d+ de [a-zç]+\., \d\d:\d\d BRT \(GMT-3\)/), "\(waiting)")
        let offer = try chat.inbox(of: Self.eva)
        // Eva, in Lisbon, reads it in Spanish, with Lisbon's winter zone.
        #expect(offer.contains(/(lun|mar|mié|jue|vie|sáb|dom), \d+ [a-z]+, \d+:\d\d WET \(GMT\)/), "\(offer)")
        #expect(!offer.contains(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ (Nov|Dec)\b/), "no English dates: \(offer)")
    }

    @Test func aButtonsTypedFallbackIsIntroducedInTheReadersLanguage() throws {
        let catalog = MessageCatalog(tables: ["en": ["reply.type_prompt": "type:"], "es": ["reply.type_prompt": "escribe:"]])
        let reply = Reply(.text("x"), .actions([.command("accept 3", label: "Aceptar")]))
        #expect(reply.prompting(in: catalog.localized(to: "es")).actions[0].typedFallback == "[Aceptar] → escribe: accept 3")
        #expect(reply.prompting(in: catalog.localized(to: "en")).actions[0].typedFallback == "[Aceptar] → type: accept 3")
        let first = reply.prompting(in: catalog.localized(to: "es"))
        #expect(first.prompting(in: catalog.localized(to: "en")).actions[0].prompt == "escribe:", "a reader's word stays")

        // Through the harness: the offer Eva reads carries her language's word, stored with the letter.
        let chat = try MatchingCast.harness()
        let prompts = try ChatHarness.loadPrompts()
        try chat.setProfile(Self.eva) { $0.language = "es" }
        _ = chat.say("request --with @eva@example.com", as: Self.bruno)
        let offer = try chat.inbox(of: Self.eva)
        let word = prompts.text("reply.type_prompt", language: "es")
        #expect(offer.contains("[\(prompts.text("match.button.accept", language: "es"))] → \(word) accept "), "\(offer)")
    }

    static let channels = """
        {"channels": [
          {"name": "mentoring-iberia", "platform": "slack", "workspace": "T1", "id": "CIBERIA", "zones": ["Europe/Madrid"], "languages": ["es", "en"]},
          {"name": "mentoring-global", "platform": "slack", "workspace": "T1", "id": "CGLOBAL", "zones": ["Europe/London"]},
          {"name": "mentoring-fr", "platform": "slack", "workspace": "T1", "id": "CFR", "zones": ["Europe/Paris"], "languages": ["fr"]}
        ]}
        """

    @Test func aChannelPostIsWrittenOnceInEachOfTheChannelsLanguages() throws {
        let clock = FakeClock()
        let chat = try ChatHarness(
            people: MatchingCast.csv, clock: clock, channels: Self.channels, recognitionChannel: "mentoring-iberia", settings: ChatHarness.slackSettings
        )
        let catalog = try ChatHarness.loadPrompts()
        _ = chat.say("kudos @chiyo@example.com Your feedback on my deck was spot on", as: Self.bruno)
        _ = chat.say("recognition on", as: "chiyo@example.com")
        _ = try chat.run(until: Date(timeIntervalSince1970: 1_796_115_600 + 600), step: 3600, watching: [])  // past Tue 1 Dec 09:00 UTC
        let posts = try chat.takeChannelPosts().filter { $0.channel == "CIBERIA" }.map(\.text)
        #expect(posts.count == 2, "one post per language: \(posts)")
        #expect(posts.first?.hasPrefix(catalog.text("recognition.post_title", language: "es")) == true, "Spanish first, as configured: \(posts)")
        #expect(posts.last?.hasPrefix(catalog.text("recognition.post_title", language: "en")) == true)
    }

    @Test func anAnnouncementKeepsTheProgramManagersTextUnderAHeadingInTheChannelsLanguage() throws {
        let chat = try ChatHarness(people: MatchingCast.csv, channels: Self.channels, settings: ChatHarness.slackSettings)
        try chat.grant(.programManager, to: Self.priya)
        let catalog = try ChatHarness.loadPrompts()
        for channel in ["mentoring-iberia", "mentoring-global", "mentoring-fr"] {
            _ = chat.say("announce --channel \(channel) Spring cohort opens Monday", as: Self.priya)
        }
        let posts = try chat.takeChannelPosts()
        func post(_ id: String) -> String { posts.first { $0.channel == id }?.text ?? "" }
        #expect(posts.count == 3, "\(posts)")
        #expect(post("CIBERIA").hasPrefix(catalog.text("announce.heading", language: "es")) && post("CIBERIA").contains("Spring cohort opens Monday"))
        #expect(post("CGLOBAL").hasPrefix(catalog.text("announce.heading", language: "en")), "no languages: the org default")
        #expect(post("CFR").hasPrefix(catalog.text("announce.heading", language: "en")), "a language not shipped: the default")
    }

    @Test func channelLanguagesMustBeCodes() throws {
        let folder = TemporaryDirectory()
        try Data(#"{"channels": [{"name": "x", "platform": "slack", "id": "C1", "languages": ["Deutsch"]}]}"#.utf8)
            .write(to: URL(fileURLWithPath: folder.file("channels.json")))
        #expect(throws: (any Error).self) { try ChatHarness(people: MatchingCast.csv, channels: try String(contentsOfFile: folder.file("channels.json"), encoding: .utf8)) }
    }
}
