import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// A mentoring journey in each shipped language: join, request, accept, book, a reminder, a check-in and a
/// reflection, with no English sentence in anything either person reads.
@Suite struct LanguageJourneyTests {
    static let bruno = "bruno@example.com", chiyo = "chiyo@example.com"

    /// What a person of each language types: yes, skip, a topic, and reflection answers.
    struct Speaker {
        let yes: String
        let skip: String
        let topic: String
        let answers: [String]
    }

    static let speakers: [String: Speaker] = [
        "es": Speaker(yes: "sí", skip: "saltar", topic: "negociación", answers: ["Preparar mejor mis argumentos", "Practicar con un compañero", "En la próxima reunión de ventas"]),
        "pt": Speaker(yes: "sim", skip: "pular", topic: "negociação", answers: ["Preparar melhor meus argumentos", "Praticar com um colega", "Na próxima reunião de vendas"]),
        "de": Speaker(yes: "ja", skip: "überspringen", topic: "Verhandlung", answers: ["Meine Argumente besser vorbereiten", "Mit einem Kollegen üben", "Im nächsten Vertriebsmeeting"]),
        "ja": Speaker(yes: "はい", skip: "スキップ", topic: "交渉", answers: ["議論の準備をもっとしっかりする", "同僚と練習する", "次の営業会議で"]),
    ]

    /// The English catalog's sentences: each template cut at its placeholders and punctuation, keeping the pieces
    /// of three words or more that no other language's catalog also has (those are names and commands).
    static func englishSentences(_ catalog: MessageCatalog, besides language: String) -> [(key: String, sentence: String)] {
        let theirs = catalog.keys(in: language).compactMap { catalog.template($0, in: language) }.joined(separator: "\n")
        let allowed = TranslationStatus.sameAsEnglish[language] ?? []
        var sentences: [(String, String)] = []
        for key in catalog.englishKeys.sorted() where !allowed.contains(key) {
            let template = catalog.template(key, in: "en")!
            for piece in template.replacing(/\{[a-z_]+\}/, with: "\n").split(whereSeparator: { ".!?;:\n()\"—[]".contains($0) }) {
                let sentence = piece.trimmingCharacters(in: .whitespaces)
                let words = sentence.split(separator: " ").filter { $0.contains(where: \.isLetter) }
                guard words.count >= 3, sentence.count >= 12, !theirs.contains(sentence) else { continue }
                sentences.append((key, sentence))
            }
        }
        return sentences
    }

    /// Every line of `texts` that holds an English sentence, with the key it comes from.
    static func englishLines(in texts: [String], _ sentences: [(key: String, sentence: String)]) -> [String] {
        var found: [String] = []
        for line in texts.flatMap({ $0.split(separator: "\n") }) {
            if let hit = sentences.first(where: { line.contains($0.sentence) }) { found.append("\(hit.key): \(line)") }
        }
        return Array(Set(found)).sorted()
    }

    @Test func theEnglishSentenceCheckFindsEnglishAndPassesTranslations() throws {
        let catalog = try ChatHarness.loadPrompts()
        let sentences = Self.englishSentences(catalog, besides: "es")
        #expect(sentences.count > 200)
        let english = catalog.text("checkin.body", language: "en", ["name": "Chiyo", "since": "x"])
        #expect(!Self.englishLines(in: [english], sentences).isEmpty, "an English letter is caught")
        if let spanish = catalog.template("join.welcome.feedback_language", in: "es") {
            #expect(Self.englishLines(in: [spanish], sentences).isEmpty, "a Spanish one is not: \(Self.englishLines(in: [spanish], sentences))")
        }
        #expect(Self.englishLines(in: ["Chiyo Tanaka · accept 3 · 2026-12-04"], sentences).isEmpty, "names, commands and dates are not sentences")
    }

    @Test(arguments: TranslationStatus.required)
    func aWholeJourneyReadsInOneLanguage(_ language: String) throws {
        let catalog = try ChatHarness.loadPrompts()
        guard catalog.languages.contains(language) else {
            TranslationStatus.report(["Prompts/\(language)/ does not exist yet, so no journey can run in it"], in: language)
            return
        }
        let speaker = try #require(Self.speakers[language])
        let clock = FakeClock()
        let chat = try MatchingCast.harness(clock: clock)
        var read: [String] = []
        func say(_ text: String, as email: String) -> String {
            let reply = chat.say(text, as: email)
            read.append(reply)
            return reply
        }
        func inbox(_ email: String) throws -> String {
            let messages = try chat.inboxMessages(of: email)
            read += messages
            return messages.joined(separator: "\n\n")
        }
        _ = say("language \(language)", as: Self.chiyo)
        _ = say("language \(language)", as: Self.bruno)
        #expect(try chat.profile(of: Self.bruno)?.language == language)

        // Join: agree, take part as a mentee, then keep every suggestion.
        try chat.setProfile(Self.bruno) { $0.consentedAt = nil }
        var step = say("join", as: Self.bruno)
        step = say(speaker.yes, as: Self.bruno)
        step = say("mentee", as: Self.bruno)
        var steps = 0
        // The step counter, `(3/10)`, or `（3/10）` in Japanese.
        while step.contains(/[(（]\d+\/\d+[)）]/), steps < 15 {
            step = say(speaker.skip, as: Self.bruno)
            steps += 1
        }
        #expect(try chat.profile(of: Self.bruno)?.consentedAt != nil, "joined: \(step)")

        // Request, in the language's own word for the topic, and Chiyo accepts.
        _ = say("request \(speaker.topic) --with @\(Self.chiyo)", as: Self.bruno)
        let offer = try inbox(Self.chiyo)
        let number = try #require(MatchingCast.offerNumber(in: offer), "\(offer)")
        _ = say("accept \(number)", as: Self.chiyo)
        _ = try inbox(Self.bruno)
        #expect(try chat.pairings() == ["\(Self.chiyo) → \(Self.bruno) (active)"])

        // Book a time, then let the weeks pass: a reminder, the reflection prompt and the day-14 check-in.
        _ = say("schedule @\(Self.chiyo)", as: Self.bruno)
        _ = say("book 1", as: Self.bruno)
        _ = try inbox(Self.chiyo)
        let deliveries = try chat.run(until: clock.now + 15 * 86_400, step: 900, watching: [Self.bruno, Self.chiyo])
        read += deliveries.map(\.text)
        let mine = deliveries.filter { $0.email == Self.bruno }.map(\.text)
        let checkIn = try #require(mine.first { $0.contains(/checkin (\d+) met/) }, "a check-in arrived: \(mine)")
        #expect(mine.count >= 3, "a reminder, a reflection prompt and a check-in: \(mine)")
        let checkInNumber = try #require(checkIn.firstMatch(of: /checkin (\d+) met/)).1
        _ = say("checkin \(checkInNumber) met", as: Self.bruno)

        // A reflection, answered in the language.
        _ = say("reflect", as: Self.bruno)
        for answer in speaker.answers { _ = say(answer, as: Self.bruno) }
        #expect(say("reflections", as: Self.bruno).contains(speaker.answers[0]))

        let english = Self.englishLines(in: read, Self.englishSentences(catalog, besides: language))
        TranslationStatus.report(english.map { "English in the journey: \($0)" }, in: language)
    }
}
