@testable import MentorCore
import Testing

@Suite struct CatalogSearchTermsTests {
    @Test func endingsFoldTogether() {
        let families = [
            ["present", "presenting", "presentations", "presenter", "presents"],
            ["negotiation", "negotiating", "negotiate", "negotiations"],
            ["leader", "leadership", "leading", "leads"],
            ["managing", "management", "manager", "manage"],
        ]
        for family in families {
            let stems = family.map(Stemmer.stem)
            for a in stems {
                for b in stems {
                    #expect(SearchTerms.matches(query: a, term: b) || a.hasPrefix(b) || b.hasPrefix(a), "\(family): \(a) vs \(b)")
                }
            }
        }
        #expect(!SearchTerms.matches(query: "data", term: "database"), "a prefix match may differ by three letters at most")
        #expect(!SearchTerms.matches(query: "sql", term: "sqlite"), "short words match only exactly")
        #expect(Stemmer.stem("css") == "css")
        #expect(Stemmer.stem("business") == "business")
        #expect(Stemmer.stem("status") == "status")
    }

    @Test func wordsDropStopWordsAndKeepTechNames() {
        #expect(SearchTerms.words("Help me with C++ and Node.js for the team") == ["c++", "node.js", "team"])
        #expect(SearchTerms.words("Public speaking, PUBLIC speaking") == ["public", "speak"])
    }

    @Test func synonymsExpandPhrasesAndWords() {
        let table = SynonymTable(groups: [["machine learning", "ml", "ai"], ["public speaking", "presenting"]])
        let ml = table.expand("ml")
        #expect(ml.filter(\.fromTopic).map(\.word) == ["ml"])
        #expect(Set(ml.map(\.word)).isSuperset(of: ["machin learn", "ai"]), "a synonym phrase is looked for as a phrase")
        #expect(table.expand("public speaking").contains { $0.word == Stemmer.stem("presenting") && !$0.fromTopic })
        #expect(table.expand("gardening").count == 1)
    }
}

@Suite struct TopRankedTests {
    /// Checked against sorting everything, on random inputs.
    @Test func keepsExactlyTheBestInOrder() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let values = (0..<Int.random(in: 0...60, using: &random)).map { _ in Int.random(in: 0...20, using: &random) }
            let limit = Int.random(in: 0...15, using: &random)
            var top = TopRanked<Int>(limit: limit, isBetter: >)
            values.forEach { top.offer($0) }
            #expect(top.sorted() == Array(values.sorted(by: >).prefix(limit)))
        }
    }
}
