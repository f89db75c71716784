/// Numbers for topic tags, with synonyms sharing a number, so "presenting", "public speaking" and "hablar en público"
/// are one topic. Tags are compared without case or accents.
public struct TopicVocabulary: Sendable {
    private var numbers: [String: Int32] = [:]
    /// The display name of each number: the first spelling seen.
    public private(set) var names: [String] = []
    private let canonical: [String: String]
    private var labels: [String: Int32] = [:]
    private var languageBits: [String: UInt64] = [:]

    public init(synonyms: SynonymTable) {
        var canonical: [String: String] = [:]
        for group in synonyms.groups {
            for word in group where canonical[SearchTerms.fold(word)] == nil { canonical[SearchTerms.fold(word)] = group[0] }
        }
        self.canonical = canonical
    }

    /// The sorted, distinct numbers of `tags`, adding new ones.
    public mutating func numbers(for tags: [String]) -> [Int32] {
        var result: [Int32] = []
        for tag in tags {
            let key = canonical[SearchTerms.fold(tag)] ?? SearchTerms.fold(tag)
            let number: Int32
            if let known = numbers[key] {
                number = known
            } else {
                number = Int32(names.count)
                numbers[key] = number
                names.append(tag)
            }
            if !result.contains(number) { result.append(number) }
        }
        return result.sorted()
    }

    /// A number for a site, function or team name (−1 for none), so comparing two is one integer compare.
    public mutating func label(_ name: String) -> Int32 {
        guard !name.isEmpty else { return -1 }
        if let known = labels[name] { return known }
        let number = Int32(labels.count)
        labels[name] = number
        return number
    }

    /// One bit per language code (the 64th and later languages share the last bit, so they never count as shared).
    public mutating func languageMask(_ codes: [String]) -> UInt64 {
        var mask: UInt64 = 0
        for code in codes {
            if languageBits[code] == nil { languageBits[code] = languageBits.count < 63 ? 1 << UInt64(languageBits.count) : 0 }
            mask |= languageBits[code]!
        }
        return mask
    }

    /// The topics in both sorted lists.
    static func common(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                result.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }

    /// How many topics are in both sorted lists, counting up to `limit`.
    static func commonCount(_ a: [Int32], _ b: [Int32], limit: Int) -> Int {
        var count = 0, i = 0, j = 0
        while i < a.count && j < b.count && count < limit {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}
