/// "Did you mean …?" suggestions by edit distance, for typos in commands, zones and config keys.
public enum Suggestion {
    /// The candidate closest to `text` (case-insensitive), if it is close enough to be a plausible typo.
    public static func closest(to text: String, among candidates: [String]) -> String? {
        let needle = Array(text.lowercased())
        let limit = max(2, needle.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(needle, Array(candidate.lowercased()), giveUpAbove: limit)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance, stopping early once every path exceeds `giveUpAbove`.
    static func editDistance(_ a: [Character], _ b: [Character], giveUpAbove: Int) -> Int {
        if abs(a.count - b.count) > giveUpAbove { return giveUpAbove + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > giveUpAbove { return giveUpAbove + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
