import Foundation

extension SynonymTable {
    /// What to look for when someone searches `topic`: each of its words, plus, for every synonym group the topic
    /// or one of its words belongs to, the other members as phrases. Groups are found ignoring accents, so
    /// `negociacion` finds the group of `negociación` and `negotiation`.
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
        let folded = original.map(SearchTerms.fold)
        let phrase = folded.joined(separator: " ")
        // A broad word picks a group ("manager" → leadership) only when nothing more specific did.
        func hits(broad: Bool) -> [[[String]]] {
            groups.map { $0.map(SearchTerms.words) }.filter { members in
                members.contains { member in
                    let stems = member.map(SearchTerms.fold)
                    if stems.joined(separator: " ") == phrase { return !broad }
                    return stems.count == 1 && folded.contains(stems[0]) && SearchTerms.broadWords.contains(stems[0]) == broad
                }
            }
        }
        let specific = hits(broad: false)
        for members in specific.isEmpty ? hits(broad: true) : specific {
            for member in members where !member.isEmpty && seen.insert(member.joined(separator: " ")).inserted {
                guard member.count > 1 || !SearchTerms.broadWords.contains(member[0]) else { continue }
                result.append(SearchPhrase(words: member, fromTopic: false))
            }
        }
        return result
    }
}
