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
        return tokens(text).map(Stemmer.stem).filter { seen.insert($0).inserted }
    }

    /// The words of `text` before stemming: lower case, split at spaces, `/` and `-`, without stop words.
    public static func tokens(_ text: String) -> [String] {
        TagList.normalise(text).split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "-" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { !$0.isEmpty && !stopWords.contains($0) }
    }

    /// Whether an indexed `term` counts as a hit for the query stem `query`: equal, or one a short prefix of the other
    /// (`present` ~ `presentat`), with at least four letters in common. Japanese, written without spaces, counts
    /// when one holds the other (`交渉術` ~ `交渉`), two characters at least.
    public static func matches(query: String, term: String) -> Bool {
        if query == term { return true }
        let (short, long) = query.count <= term.count ? (query, term) : (term, query)
        if isIdeographic(short) { return short.count >= 2 && long.contains(short) }
        return short.count >= 4 && long.count - short.count <= 3 && long.hasPrefix(short)
    }

    /// Whether `text` has Japanese or Chinese characters (kanji, hiragana, katakana), which are not split by spaces.
    public static func isIdeographic(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F: true
            default: false
            }
        }
    }
}
