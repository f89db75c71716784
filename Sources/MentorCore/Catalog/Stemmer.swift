/// A deliberately small English stemmer for catalog search: it folds common endings so that
/// "presenting", "presentations" and "presenter" meet "present", and "negotiating" meets "negotiation".
///
/// It strips one of -ations/-ation/-ings/-ing/-ments/-ment/-ers/-er/-ed/-ies/-es/-s/-ly, keeping at least four
/// letters, then a final "e". Matching then allows a stem to be a short prefix of another (see ``SearchTerms``).
public enum Stemmer {
    private static let suffixes: [(String, String)] = [
        ("ations", ""), ("ation", ""), ("ings", ""), ("ing", ""), ("ments", ""), ("ment", ""), ("ers", ""), ("er", ""),
        ("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""), ("ly", ""), ("s", ""),
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
}
