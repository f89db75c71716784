extension SynonymTable {
    /// The search words of `topic` plus, for every synonym group the topic or one of its words belongs to, the
    /// words of the other members. Each word says whether it came from the topic itself.
    public func expand(_ topic: String) -> [(word: String, fromTopic: Bool)] {
        let original = SearchTerms.words(topic)
        var result = original.map { (word: $0, fromTopic: true) }
        var seen = Set(original)
        let phrase = original.joined(separator: " ")
        for group in groups {
            let stems = group.map { SearchTerms.words($0).joined(separator: " ") }
            let hit = stems.contains { $0 == phrase || (!$0.contains(" ") && original.contains($0)) }
            guard hit else { continue }
            for word in stems.flatMap({ $0.split(separator: " ").map(String.init) }) where seen.insert(word).inserted {
                result.append((word, false))
            }
        }
        return result
    }
}
