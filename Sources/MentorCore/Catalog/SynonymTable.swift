/// Groups of words that mean the same thing to someone searching for a mentor, in any shipped language, from
/// `Config/synonyms.json`.
///
/// ```swift
/// SynonymTable(groups: [["public speaking", "presenting"], ["ml", "machine learning"]])
/// SynonymTable(concepts: [["en": ["negotiation"], "es": ["negociación"], "de": ["Verhandlung"], "ja": ["交渉"]]])
/// ```
public struct SynonymTable: Sendable, Equatable {
    /// Every member of every group, normalised, whatever its language.
    public let groups: [[String]]
    /// The same members with what searching needs, worked out once.
    let members: [[Member]]
    /// The languages with members of their own, for stemming a typed topic once per language.
    let languages: [String]

    /// One member of a group, ready to compare with a typed topic.
    struct Member: Sendable {
        /// The language it is written in; nil when the group did not say.
        let language: String?
        /// Its words as the catalog indexes them (``SearchTerms/words(_:)``), looked for when the group is hit.
        let words: [String]
        /// Its words stemmed by its own language's rules and folded (``Stemmer/stem(_:language:)``).
        let stems: [String]
        /// Japanese (or Chinese) text, which is found inside the typed text rather than word by word.
        let ideographic: String?
    }

    /// Groups whose members' language is not given; they are compared with English rules.
    public init(groups: [[String]]) {
        self.init(concepts: groups.map { ["": $0] })
    }

    /// Groups given per language: language code → members. The empty code means "not given".
    public init(concepts: [[String: [String]]]) {
        var groups: [[String]] = []
        var members: [[Member]] = []
        var languages: Set<String> = []
        for concept in concepts {
            var texts: [String] = []
            var group: [Member] = []
            // English first, so a group's first spelling is the one most people share.
            for language in concept.keys.sorted(by: { (["", "en"].contains($0) ? 0 : 1, $0) < (["", "en"].contains($1) ? 0 : 1, $1) }) {
                for text in concept[language]!.map(TagList.normalise) where !text.isEmpty && !texts.contains(text) {
                    let code = language.isEmpty ? nil : language
                    if let code { languages.insert(code) }
                    texts.append(text)
                    group.append(Member(
                        language: code, words: SearchTerms.words(text),
                        stems: SearchTerms.tokens(text).map { Stemmer.stem($0, language: code ?? "en") },
                        ideographic: SearchTerms.isIdeographic(text) ? text.filter { !$0.isWhitespace } : nil
                    ))
                }
            }
            guard texts.count > 1 else { continue }
            groups.append(texts)
            members.append(group)
        }
        self.groups = groups
        self.members = members
        self.languages = (languages.union(["en"])).sorted()
    }

    public static let empty = SynonymTable(groups: [])

    public static func == (lhs: SynonymTable, rhs: SynonymTable) -> Bool { lhs.groups == rhs.groups }
}
