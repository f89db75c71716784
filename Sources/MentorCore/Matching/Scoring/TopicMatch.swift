/// Whether a mentor's expertise covers a topic someone named, the way `find` reads it: word endings, synonyms and
/// other languages (`negociación` is negotiation), a phrase found whole inside one tag.
///
/// ```swift
/// let topic = TopicMatch("public speaking", synonyms: table)
/// topic.isCovered(by: ["frontend", "presenting"])   // true
/// ```
public struct TopicMatch: Sendable {
    private let phrases: [SearchPhrase]

    public init(_ topic: String, synonyms: SynonymTable) {
        phrases = synonyms.expand(topic)
    }

    /// Whether nothing was named (every word too broad or too common to look for).
    public var isEmpty: Bool { phrases.isEmpty }

    /// Whether one of `tags` holds one of the topic's phrases.
    public func isCovered(by tags: [String]) -> Bool {
        tags.contains { tag in
            let terms = SearchTerms.words(tag)
            return phrases.contains { phrase in
                phrase.words.allSatisfy { word in terms.contains { SearchTerms.matches(query: word, term: $0) } }
            }
        }
    }
}
