import MentorCore

/// Every mentor's indexed words and ranking facts, in memory, so a search needs no SQL until the page is known.
struct CatalogSnapshot {
    /// Distinct terms, sorted, so prefixes are found by binary search.
    let terms: [String]
    /// For each term, who has it and where.
    let postings: [[(PersonID, CatalogField)]]
    let summaries: [PersonID: MentorSummary]

    init(rows: [(term: String, person: PersonID, field: CatalogField)], summaries: [MentorSummary]) {
        var byTerm: [String: [(PersonID, CatalogField)]] = [:]
        for row in rows { byTerm[row.term, default: []].append((row.person, row.field)) }
        terms = byTerm.keys.sorted()
        postings = terms.map { byTerm[$0]! }
        self.summaries = Dictionary(summaries.map { ($0.id, $0) }) { first, _ in first }
    }

    /// The strongest hit per mentor for `word`: terms equal to it or a prefix of it up to three letters shorter, and
    /// terms starting with it.
    func hits(for word: String) -> [PersonID: CatalogHit] {
        var hits: [PersonID: CatalogHit] = [:]
        var candidates = (max(4, word.count - 3)..<max(4, word.count)).compactMap { exactIndex(String(word.prefix($0))) }
        var index = lowerBound(word)
        while index < terms.count, terms[index].hasPrefix(word) {
            candidates.append(index)
            index += 1
        }
        for termIndex in Set(candidates) where SearchTerms.matches(query: word, term: terms[termIndex]) {
            for (person, field) in postings[termIndex] where field > (hits[person]?.field ?? .bio) || hits[person] == nil {
                hits[person] = CatalogHit(term: terms[termIndex], field: field)
            }
        }
        return hits
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
