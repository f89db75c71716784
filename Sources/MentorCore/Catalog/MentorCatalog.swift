import Foundation

/// The ranked mentor catalog behind `find`: relevance to the topic, then shared working hours, then capacity left.
public struct MentorCatalog: Sendable {
    public static let pageSize = 5
    /// A word from a synonym group counts a little less than one the asker typed.
    static let synonymWeight = 0.6

    let index: any MentorIndex
    let synonyms: SynonymTable

    public init(index: any MentorIndex, synonyms: SynonymTable) {
        self.index = index
        self.synonyms = synonyms
    }

    /// Mentors for `topic` as `asker` sees them, page `page` (1-based).
    ///
    /// Excluded: the asker, people who are not active, mentors paused today in their own zone, and mentors with no
    /// capacity left. Capacity left is the profile's capacity until pairings exist to subtract.
    public func search(topic: String, asker: Person, askerProfile: Profile, now: Date, page: Int) throws -> CatalogPage {
        let words = synonyms.expand(topic)
        let hits = try index.mentorHits(for: words.map(\.word))
        let askerSchedule = WeeklyOverlap.Schedule(
            hours: askerProfile.workingHours, zone: TimeZone(identifier: askerProfile.timeZoneID(for: asker)) ?? .gmt
        )
        var overlapMemo: [String: Int] = [:]
        var zones: [String: TimeZone] = [:]
        var ranked: [(summary: MentorSummary, relevance: Double, overlap: Int)] = []
        for summary in try index.mentorSummaries(Array(hits.keys))
        where summary.id != asker.id && summary.isActive && summary.capacity > 0 {
            let zone = zones[summary.timeZoneID] ?? TimeZone(identifier: summary.timeZoneID) ?? .gmt
            zones[summary.timeZoneID] = zone
            if summary.pause?.covers(CalendarDate(now, in: zone)) == true { continue }
            let personHits = hits[summary.id] ?? []
            let relevance = words.reduce(0.0) { total, word in
                let best = personHits.filter { SearchTerms.matches(query: word.word, term: $0.term) }.map(\.field.weight).max() ?? 0
                return total + best * (word.fromTopic ? 1 : MentorCatalog.synonymWeight)
            }
            guard relevance > 0 else { continue }
            let memoKey = "\(summary.timeZoneID)|\(summary.workingHours)"
            let overlap = overlapMemo[memoKey] ?? WeeklyOverlap.minutes(
                askerSchedule, WeeklyOverlap.Schedule(hours: summary.workingHours, zone: zone), weekFrom: now
            )
            overlapMemo[memoKey] = overlap
            ranked.append((summary, relevance, overlap))
        }
        ranked.sort {
            ($0.relevance, $0.overlap, $0.summary.capacity, $1.summary.displayName, $1.summary.id.rawValue)
                > ($1.relevance, $1.overlap, $1.summary.capacity, $0.summary.displayName, $0.summary.id.rawValue)
        }
        let pageCount = max(1, (ranked.count + MentorCatalog.pageSize - 1) / MentorCatalog.pageSize)
        let start = (page - 1) * MentorCatalog.pageSize
        let slice = start < ranked.count ? Array(ranked[start..<min(ranked.count, start + MentorCatalog.pageSize)]) : []
        let loaded = Dictionary(try index.peopleWithProfiles(slice.map(\.summary.id)).map { ($0.0.id, $0) }) { first, _ in first }
        let entries = slice.compactMap { item -> CatalogEntry? in
            guard let (person, profile) = loaded[item.summary.id] else { return nil }
            return CatalogEntry(
                person: person, profile: profile, relevance: item.relevance,
                matches: labels(hits[person.id] ?? [], words, profile), overlapMinutes: item.overlap,
                capacityLeft: item.summary.capacity
            )
        }
        return CatalogPage(entries: entries, page: page, pageCount: pageCount, total: ranked.count)
    }

    /// The mentor's own tags (or bio words) that matched, strongest field first.
    private func labels(_ hits: [CatalogHit], _ words: [(word: String, fromTopic: Bool)], _ profile: Profile) -> [CatalogMatch] {
        var labels: [CatalogMatch] = []
        for hit in hits.sorted(by: { $0.field > $1.field }) where words.contains(where: { SearchTerms.matches(query: $0.word, term: hit.term) }) {
            let tags: [String] = switch hit.field {
            case .expertise: profile.expertise
            case .interests: profile.interests
            case .goals: profile.goals
            case .bio: profile.bio.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
            }
            let match = CatalogMatch(text: tags.first { SearchTerms.words($0).contains(hit.term) } ?? hit.term, field: hit.field)
            if !labels.contains(match) { labels.append(match) }
        }
        return Array(labels.prefix(4))
    }
}
