/// Everything `find` searches, in flat arrays: sorted terms with their postings, and a few facts per mentor.
///
/// The store builds it from SQLite and keeps it until people or profiles change; the search itself is pure.
public struct CatalogData: Sendable {
    /// What ranking and exclusion need to know about one mentor.
    public struct Mentor: Sendable, Equatable {
        public var id: PersonID
        public var isActive: Bool
        public var capacity: Int
        public var pause: Pause?
        /// The zone in effect: the profile's, else the HRIS one.
        public var timeZoneID: String
        public var workingHours: WorkingHours
        /// Mentors with the same zone and hours share a number, so shared hours are worked out once per group.
        public internal(set) var scheduleGroup = 0

        public init(id: PersonID, isActive: Bool, capacity: Int, pause: Pause?, timeZoneID: String, workingHours: WorkingHours) {
            self.id = id
            self.isActive = isActive
            self.capacity = capacity
            self.pause = pause
            self.timeZoneID = timeZoneID
            self.workingHours = workingHours
        }
    }

    /// A mentor's position in ``mentors`` and where a word was found.
    struct Posting: Sendable {
        let mentor: Int32
        let field: CatalogField
    }

    public let mentors: [Mentor]
    /// One representative mentor index per schedule group.
    let groupRepresentatives: [Int]
    /// Distinct terms, sorted, so prefixes are found by binary search.
    let terms: [String]
    let postings: [[Posting]]
    /// The terms in Japanese (or Chinese) script, which a search word may sit inside rather than start.
    let ideographicTerms: [Int]

    /// - Parameter rows: every indexed word of every mentor in `mentors`; rows of other people are ignored.
    public init(mentors: [Mentor], rows: [(term: String, person: PersonID, field: CatalogField)]) {
        var ordered = mentors
        var groupOf: [String: Int] = [:]
        var representatives: [Int] = []
        for index in ordered.indices {
            let key = "\(ordered[index].timeZoneID)|\(ordered[index].workingHours)"
            if groupOf[key] == nil {
                groupOf[key] = representatives.count
                representatives.append(index)
            }
            ordered[index].scheduleGroup = groupOf[key]!
        }
        let ordinal = Dictionary(ordered.enumerated().map { ($1.id, Int32($0)) }) { first, _ in first }
        var byTerm: [String: [Posting]] = [:]
        for row in rows {
            guard let mentor = ordinal[row.person] else { continue }
            byTerm[row.term, default: []].append(Posting(mentor: mentor, field: row.field))
        }
        self.mentors = ordered
        groupRepresentatives = representatives
        let sorted = byTerm.keys.sorted()
        terms = sorted
        postings = sorted.map { byTerm[$0]! }
        ideographicTerms = sorted.indices.filter { SearchTerms.isIdeographic(sorted[$0]) }
    }

    /// Indexes of the terms that count as `word` (see ``SearchTerms/matches(query:term:)``).
    func termIndexes(matching word: String) -> [Int] {
        if SearchTerms.isIdeographic(word) { return ideographicTerms.filter { SearchTerms.matches(query: word, term: terms[$0]) } }
        var found = (max(4, word.count - 3)..<max(4, word.count)).compactMap { exactIndex(String(word.prefix($0))) }
        var index = lowerBound(word)
        while index < terms.count, terms[index].hasPrefix(word) {
            found.append(index)
            index += 1
        }
        return Array(Set(found)).filter { SearchTerms.matches(query: word, term: terms[$0]) }
    }

    private func exactIndex(_ term: String) -> Int? {
        let index = lowerBound(term)
        return index < terms.count && terms[index] == term ? index : nil
    }

    private func lowerBound(_ term: String) -> Int {
        var low = 0, high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] < term { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
