import Foundation
import MentorAppTesting
@testable import MentorCore
import MentorTesting
import Testing

/// Topics typed in any shipped language find the same mentors: the synonym table's per-language groups, stemming per
/// language, and Japanese found inside the typed text.
@Suite struct MultilingualTopicTests {
    static let table = SynonymTable(concepts: [
        ["en": ["negotiation", "negotiating"], "es": ["negociación"], "pt": ["negociação"], "de": ["Verhandlung"], "ja": ["交渉", "ネゴシエーション"]],
        ["en": ["product management", "product"], "ja": ["プロダクトマネジメント", "プロダクト"]],
        ["en": ["leadership", "management"], "ja": ["人材マネジメント"]],
    ])

    static func synonyms(of topic: String) -> Set<String> {
        Set(table.expand(topic).filter { !$0.fromTopic }.map(\.word))
    }

    @Test func eachLanguagesWordsAndTheirInflectionsFindTheGroup() {
        for typed in ["negociación", "negociacion", "negociaciones", "negociação", "negociações", "Verhandlung", "Verhandlungen", "交渉", "negotiations"] {
            let looked = Set(Self.table.expand(typed).map(\.word))
            #expect(looked.isSuperset(of: [Stemmer.stem("negotiation"), "verhandlung", "交渉"]), "\(typed) → \(looked)")
        }
        #expect(Self.synonyms(of: "negocio").isEmpty, "a different word of the same root is not the group")
    }

    @Test func perLanguageStemmersFoldPluralsAndAccents() {
        #expect(Stemmer.stem("negociaciones", language: "es") == Stemmer.stem("negociación", language: "es"))
        #expect(Stemmer.stem("presentaciones", language: "es") == "presentacion")
        #expect(Stemmer.stem("negociações", language: "pt") == Stemmer.stem("negociação", language: "pt"))
        #expect(Stemmer.stem("apresentações", language: "pt") == "apresentacao")
        #expect(Stemmer.stem("Verhandlungen", language: "de") == "verhandlung")
        #expect(Stemmer.stem("Präsentationen", language: "de") == "prasentation")
        #expect(Stemmer.stem("Vorträge", language: "de") == Stemmer.stem("Vortrag", language: "de"))
        #expect(Stemmer.stem("交渉術", language: "ja") == "交渉術", "Japanese is not stemmed")
        #expect(Stemmer.stem("negotiating", language: "en") == Stemmer.stem("negotiating"), "English keeps the index's stemmer")
    }

    @Test func japaneseIsFoundInsideTheTypedTextAndTheLongestTermCounts() {
        #expect(Self.synonyms(of: "交渉術を学びたい").contains(Stemmer.stem("negotiation")), "a sentence without spaces holds the term")
        let product = Self.synonyms(of: "プロダクトマネジメント")
        #expect(product.contains("product manag"))
        #expect(!product.contains("leadership"), "プロダクトマネジメント is not 人材マネジメント: \(product)")
        #expect(SearchTerms.matches(query: "交渉", term: "交渉術"), "an indexed Japanese tag holding the word")
        #expect(SearchTerms.matches(query: "交渉術", term: "交渉"))
        #expect(!SearchTerms.matches(query: "交", term: "交渉"), "one character says too little")
    }

    @Test func theShippedTableHasEveryLanguageForEverySampleTopic() throws {
        let chat = try ChatHarness()
        let table = try chat.services().synonyms
        let csv = try String(contentsOfFile: BuiltProducts.packageRoot + "/Config/sample-profiles.csv", encoding: .utf8)
        let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let topics = Set(rows.flatMap { [$0[3], $0[4]] }.flatMap { $0.split(separator: ";") }.map(String.init))
        #expect(topics.count >= 15)
        for topic in topics {
            let index = try #require(table.members.firstIndex { $0.contains { $0.language == "en" && $0.words == SearchTerms.words(topic) } }, "\(topic)")
            let languages = Set(table.members[index].compactMap(\.language))
            #expect(languages.isSuperset(of: ["en", "de", "ja"]), "\(topic): \(languages.sorted())")
        }
    }

    /// Every mentor `find TOPIC` lists for `email`, over all its pages.
    static func mentors(_ chat: ChatHarness, _ topic: String, as email: String) -> (total: String, emails: Set<String>) {
        var emails: Set<String> = []
        var total = ""
        for page in 1...20 {
            let reply = chat.say("find \(topic) --page \(page)", as: email)
            if page == 1 { total = reply.firstMatch(of: /[(（](\d+)/).map { String($0.1) } ?? reply }
            let found = reply.matches(of: /request --with @?([a-z0-9.]+@example\.com)/).map { String($0.1) }
            if found.isEmpty { break }
            emails.formUnion(found)
        }
        return (total, emails)
    }

    @Test func findInSpanishGermanJapaneseAndPortugueseListsTheNegotiationMentors() throws {
        let chat = try SampleOrg.harness()
        let speakers = ["luis.martinez@example.com": "es", "lukas.schmidt@example.com": "de", "daiki.kimura@example.com": "ja", "bruno.silva@example.com": "pt"]
        for (email, language) in speakers { try chat.setProfile(email) { $0.language = language } }
        for (topic, email) in [
            ("negociación", "luis.martinez@example.com"), ("Verhandlung", "lukas.schmidt@example.com"), ("交渉", "daiki.kimura@example.com"),
            ("negociação", "bruno.silva@example.com"),
        ] {
            // The same asker, so the same people are left out (themselves, their management chain).
            let english = Self.mentors(chat, "negotiation", as: email)
            #expect(english.emails.count >= 15, "the sample org has 21 negotiation experts: \(english)")
            let found = Self.mentors(chat, topic, as: email)
            #expect(found.emails == english.emails, "\(topic): \(found.emails.symmetricDifference(english.emails).sorted())")
            #expect(found.total == english.total, "\(topic): \(found.total) against \(english.total)")
        }
    }

    @Test func aJapaneseTagIsFoundByAWordInsideIt() throws {
        let chat = try MatchingCast.harness()
        try chat.setProfile("chiyo@example.com") { $0.expertise = ["交渉術", "プレゼンテーション"] }
        try chat.setProfile("bruno@example.com") { $0.language = "ja" }
        let reply = chat.say("find 交渉", as: "bruno@example.com")
        #expect(reply.contains("Chiyo Tanaka") && reply.contains("交渉術"), "\(reply)")
        #expect(chat.say("find プレゼン", as: "bruno@example.com").contains("Chiyo Tanaka"))
    }
}
