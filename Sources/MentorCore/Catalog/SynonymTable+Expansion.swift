import Foundation

extension SynonymTable {
    /// What to look for when someone searches `topic`: each of its words, plus, for every synonym group the topic
    /// or one of its words belongs to, the other members as phrases.
    ///
    /// Each member is compared in its own language: the typed words are stemmed by that language's rules and folded
    /// (``Stemmer/stem(_:language:)``), so `negociaciones` finds the group of `negociación`, `Verhandlungen` that of
    /// `Verhandlung`, and `negociacion` (no accent) still finds it. A Japanese member is found inside the typed text
    /// (`交渉術を学びたい` holds `交渉`); when one found member holds another, the longer one counts.
    ///
    /// Broad words (``SearchTerms/broadWords``: "management", "mentor") say too little alone: they are looked for
    /// only inside the typed phrase or a synonym phrase, so "manager" never finds "product management" by itself.
    public func expand(_ topic: String) -> [SearchPhrase] {
        let original = SearchTerms.words(topic)
        var result = original.filter { !SearchTerms.broadWords.contains($0) }.map { SearchPhrase(words: [$0], fromTopic: true) }
        if original.count > 1, original.contains(where: SearchTerms.broadWords.contains) {
            result.append(SearchPhrase(words: original, fromTopic: true))
        }
        var seen = Set(result.map(\.word))
        let tokens = SearchTerms.tokens(topic)
        var typed: [String: [String]] = [:]
        for language in languages { typed[language] = tokens.map { Stemmer.stem($0, language: language) } }
        let ideographic = ideographicMembers(in: topic)
        // A broad word picks a group ("manager" → leadership) only when nothing more specific did.
        func hits(broad: Bool) -> [[Member]] {
            members.filter { group in
                group.contains { member in
                    if let text = member.ideographic { return !broad && ideographic.contains(text) }
                    let stems = typed[member.language ?? "en"] ?? []
                    if member.stems == stems { return !broad }
                    return member.stems.count == 1 && stems.contains(member.stems[0]) && SearchTerms.broadWords.contains(member.stems[0]) == broad
                }
            }
        }
        let specific = hits(broad: false)
        for group in specific.isEmpty ? hits(broad: true) : specific {
            for member in group.map(\.words) where !member.isEmpty && seen.insert(member.joined(separator: " ")).inserted {
                guard member.count > 1 || !SearchTerms.broadWords.contains(member[0]) else { continue }
                result.append(SearchPhrase(words: member, fromTopic: false))
            }
        }
        return result
    }

    /// The Japanese members written inside `topic`, without those inside a longer one found there too.
    private func ideographicMembers(in topic: String) -> Set<String> {
        guard SearchTerms.isIdeographic(topic) else { return [] }
        let text = TagList.normalise(topic).filter { !$0.isWhitespace }
        let found = Set(members.joined().compactMap(\.ideographic).filter { text.contains($0) })
        return found.filter { short in !found.contains { $0 != short && $0.contains(short) } }
    }
}
