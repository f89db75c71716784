import Foundation

/// The resource library: the playbook, checklists, sample conversations, templates and readings shipped under
/// `Prompts/<lang>/resources/` (keys `resource.<slug>.title`, `.topics`, `.body`), plus approved suggestions. A topic
/// is searched with the same synonyms as `find` (`Config/synonyms.json`), so `negociação` finds the negotiation guide.
struct ResourceLibrary {
    struct Entry {
        var title: String
        var body: String
        var topics: String
    }

    let catalog: MessageCatalog
    let text: Messages
    var synonyms: SynonymTable = .empty

    /// Every shipped entry, in the reader's language where translated.
    var entries: [Entry] {
        catalog.keys(in: MessageCatalog.fallbackLanguage)
            .filter { $0.hasPrefix("resource.") && $0.hasSuffix(".title") }
            .sorted()
            .map { key in
                let slug = String(key.dropLast(".title".count))
                return Entry(title: text(key), body: text(slug + ".body"), topics: text(slug + ".topics"))
            }
    }

    /// Entries matching every word of `query` in their title, topics or text, then those matching one of its synonyms
    /// (every word of it), best first: typed words before synonyms, title hits before topics before text.
    func search(_ query: String, extra: [Entry]) -> [Entry] {
        let words = Self.words(query)
        guard !words.isEmpty else { return entries + extra }
        let alternatives = synonyms.expand(query).filter { !$0.fromTopic }.map { $0.words.map(SearchTerms.fold) }
        let ranked = (entries + extra).compactMap { entry -> (entry: Entry, typed: Bool, score: Int)? in
            if let score = Self.score(entry, words) { return (entry, true, score) }
            let synonym = alternatives.compactMap { Self.score(entry, $0) }.max()
            return synonym.map { (entry, false, $0) }
        }
        return ranked.sorted { ($0.typed ? 1 : 0, $0.score) > ($1.typed ? 1 : 0, $1.score) }.map(\.entry)
    }

    /// The words of a query longer than one letter, folded (no case, no accents).
    private static func words(_ query: String) -> [String] {
        SearchTerms.fold(query).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count > 1 }
    }

    /// How well `entry` holds every one of `words` (3 in the title, 2 in its topics, 1 in its text); nil when one is
    /// missing. A word longer than four letters is looked for without its last letter, so plurals meet.
    private static func score(_ entry: Entry, _ words: [String]) -> Int? {
        guard !words.isEmpty else { return nil }
        let title = SearchTerms.fold(entry.title), topics = SearchTerms.fold(entry.topics), body = SearchTerms.fold(entry.body)
        var total = 0
        for word in words {
            let stem = word.count > 4 ? String(word.prefix(word.count - 1)) : word
            if title.contains(stem) { total += 3 } else if topics.contains(stem) { total += 2 } else if body.contains(stem) { total += 1 } else { return nil }
        }
        return total
    }
}
