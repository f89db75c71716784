import Foundation

/// The resource library: the playbook, checklists, sample conversations, templates and readings shipped under
/// `Prompts/<lang>/resources/` (keys `resource.<slug>.title`, `.topics`, `.body`), plus approved suggestions.
struct ResourceLibrary {
    struct Entry {
        var title: String
        var body: String
        var topics: String
    }

    let catalog: MessageCatalog
    let text: Messages

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

    /// Entries matching every word of `query` in their title, topics or text, best first (title hits first).
    func search(_ query: String, extra: [Entry]) -> [Entry] {
        let words = query.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count > 1 }
        guard !words.isEmpty else { return entries + extra }
        func score(_ entry: Entry) -> Int? {
            let title = entry.title.lowercased(), topics = entry.topics.lowercased(), body = entry.body.lowercased()
            var total = 0
            for word in words {
                let stem = word.count > 4 ? String(word.prefix(word.count - 1)) : word
                if title.contains(stem) { total += 3 } else if topics.contains(stem) { total += 2 } else if body.contains(stem) { total += 1 } else { return nil }
            }
            return total
        }
        return (entries + extra).compactMap { entry in score(entry).map { (entry, $0) } }.sorted { $0.1 > $1.1 }.map(\.0)
    }
}
