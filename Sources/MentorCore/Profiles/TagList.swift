/// Normalised tags for expertise, interests and goals: lowercase, single-spaced, de-duplicated.
///
/// `"Public  Speaking, swift;SWIFT, C++"` becomes `["public speaking", "swift", "c++"]`.
public enum TagList {
    public static let maximumTags = 15
    public static let maximumTagLength = 40

    /// The tags in `text` (separated by commas or semicolons), or what is wrong with them.
    public static func parse(_ text: String) -> Result<[String], UserError> {
        var tags: [String] = []
        for raw in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let tag = normalise(String(raw))
            guard !tag.isEmpty else { continue }
            guard tag.count <= maximumTagLength else {
                return .failure(UserError("tags.too_long", ["tag": String(tag.prefix(20)) + "…", "max": "\(maximumTagLength)"]))
            }
            if !tags.contains(tag) { tags.append(tag) }
        }
        guard tags.count <= maximumTags else {
            return .failure(UserError("tags.too_many", ["max": "\(maximumTags)"]))
        }
        return .success(tags)
    }

    /// Lowercase; letters, digits and `+ # . / -` kept; everything else becomes a single space.
    public static func normalise(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || "+#./-".contains(character) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(character)
            } else {
                pendingSpace = true
            }
        }
        return out
    }
}
