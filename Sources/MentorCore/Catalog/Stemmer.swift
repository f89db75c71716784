/// Deliberately small stemmers for catalog search.
///
/// ``stem(_:)`` is the English one, used for every indexed word because a mentor's tags can be in any language: it
/// folds common endings so that "presenting", "presentations" and "presenter" meet "present", and "negotiating"
/// meets "negotiation". It strips one of -ations/-ation/-ings/-ing/-ments/-ment/-ers/-er/-ed/-ies/-es/-s/-ly,
/// keeping at least four letters, then a final "e". Matching then allows a stem to be a short prefix of another
/// (see ``SearchTerms``).
///
/// ``stem(_:language:)`` adds the plural and derivation endings of Spanish, Portuguese and German, so a typed
/// `negociaciones`, `negociações` or `Verhandlungen` finds the synonym group of `negociación`, `negociação` and
/// `Verhandlung`. Japanese is not stemmed: it has no spaces, and its terms are found inside the typed text.
public enum Stemmer {
    private static let suffixes: [(String, String)] = [
        ("ations", ""), ("ation", ""), ("ings", ""), ("ing", ""), ("ments", ""), ("ment", ""), ("ers", ""), ("er", ""),
        ("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""), ("ly", ""), ("s", ""),
    ]

    /// Endings per language, longest first, applied to the accent-folded word; the first that leaves at least four
    /// letters is replaced.
    private static let languageSuffixes: [String: [(String, String)]] = [
        "es": [("ciones", "cion"), ("iones", "ion"), ("ales", "al"), ("eres", "er"), ("ores", "or"), ("s", "")],
        "pt": [("coes", "cao"), ("oes", "ao"), ("aes", "ao"), ("ais", "al"), ("eis", "el"), ("ns", "m"), ("res", "r"), ("s", "")],
        "de": [("ungen", "ung"), ("ionen", "ion"), ("heiten", "heit"), ("keiten", "keit"), ("innen", "in"), ("en", ""), ("e", ""), ("n", "")],
    ]

    public static func stem(_ word: String) -> String {
        var stem = word.lowercased()
        guard stem.count > 4, stem.allSatisfy(\.isLetter) else { return stem }
        for (suffix, replacement) in suffixes where stem.hasSuffix(suffix) && stem.count - suffix.count >= 4 {
            // "business", "status", "analysis": a final s after s, u or i is part of the word.
            if suffix == "s", let before = stem.dropLast().last, "sui".contains(before) { break }
            stem = String(stem.dropLast(suffix.count)) + replacement
            break
        }
        if stem.hasSuffix("ss") { return stem }
        if stem.count > 4, stem.hasSuffix("e") { stem.removeLast() }
        return stem
    }

    /// `word` stemmed by the rules of `language` and folded (no case, no accents), for comparing words of one
    /// language: `negociaciones` → `negociacion`, `negociações` → `negociacao`, `Verhandlungen` → `verhandlung`.
    /// English, and languages without rules of their own, use ``stem(_:)``.
    public static func stem(_ word: String, language: String) -> String {
        guard let rules = languageSuffixes[language] else { return SearchTerms.fold(stem(word)) }
        var stem = SearchTerms.fold(word)
        guard stem.count > 4, stem.allSatisfy(\.isLetter) else { return stem }
        for (suffix, replacement) in rules where stem.hasSuffix(suffix) && stem.count - suffix.count + replacement.count >= 4 {
            stem = String(stem.dropLast(suffix.count)) + replacement
            break
        }
        return stem
    }
}
