import Foundation

/// Turns free text and tags into the stemmed words the catalog indexes and searches.
public enum SearchTerms {
    /// Words too common to say anything about someone's expertise.
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "for", "with", "on", "at", "by", "my", "i", "me", "we", "you",
        "is", "are", "be", "how", "about", "from", "into", "it", "as", "want", "help", "get", "good", "better",
    ]

    /// Stems that say too little about a topic on their own ("management", "manager", "mentor", "skills"), so they
    /// count only as part of a phrase.
    public static let broadWords: Set<String> = Set(
        ["management", "manager", "managing", "manage", "mentor", "mentoring", "mentorship", "skills"].map(Stemmer.stem))

    /// `text` without case or accents, for comparing words in any language: `negociación` → `negociacion`.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
    }

    /// The distinct stemmed words of `text`, in order. `c++`, `c#` and `node.js` stay whole.
    public static func words(_ text: String) -> [String] {
        var seen: Set<String> = []
        return TagList.normalise(text).split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "-" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { !$0.isEmpty && !stopWords.contains($0) }
            .map(Stemmer.stem)
            .filter { seen.insert($0).inserted }
    }

    /// Whether an indexed `term` counts as a hit for the query stem `query`: equal, or one a short prefix of the other
    /// (`present` ~ `presentat`), with at least four letters in common.
    public static func matches(query: String, term: String) -> Bool {
        if query == term { return true }
        let (short, long) = query.count <= term.count ? (query, term) : (term, query)
        return short.count >= 4 && long.count - short.count <= 3 && long.hasPrefix(short)
    }
}
