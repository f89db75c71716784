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
        let candidates = try index.peopleWithProfiles(Array(hits.keys))
        let askerSchedule = WeeklyOverlap.Schedule(
            hours: askerProfile.workingHours, zone: TimeZone(identifier: askerProfile.timeZoneID(for: asker)) ?? .gmt
        )
        var overlapMemo: [String: Int] = [:]
        var entries: [CatalogEntry] = []
        for (person, profile) in candidates where person.id != asker.id && person.status == .active && profile.capacity > 0 {
            let zone = TimeZone(identifier: profile.timeZoneID(for: person)) ?? .gmt
            if profile.isPaused(on: CalendarDate(now, in: zone)) { continue }
            let personHits = hits[person.id] ?? []
            let relevance = words.reduce(0.0) { total, word in
                let best = personHits.filter { SearchTerms.matches(query: word.word, term: $0.term) }.map(\.field.weight).max() ?? 0
                return total + best * (word.fromTopic ? 1 : MentorCatalog.synonymWeight)
            }
            guard relevance > 0 else { continue }
            let memoKey = "\(zone.identifier)|\(profile.workingHours)"
            let overlap = overlapMemo[memoKey] ?? WeeklyOverlap.minutes(
                askerSchedule, WeeklyOverlap.Schedule(hours: profile.workingHours, zone: zone), weekFrom: now
            )
            overlapMemo[memoKey] = overlap
            entries.append(CatalogEntry(
                person: person, profile: profile, relevance: relevance, matches: labels(personHits, words, profile),
                overlapMinutes: overlap, capacityLeft: profile.capacity
            ))
        }
        entries.sort {
            ($0.relevance, $0.overlapMinutes, $0.capacityLeft, $1.person.displayName, $1.person.id.rawValue)
                > ($1.relevance, $1.overlapMinutes, $1.capacityLeft, $0.person.displayName, $0.person.id.rawValue)
        }
        let pageCount = max(1, (entries.count + MentorCatalog.pageSize - 1) / MentorCatalog.pageSize)
        let start = (page - 1) * MentorCatalog.pageSize
        let slice = start < entries.count ? Array(entries[start..<min(entries.count, start + MentorCatalog.pageSize)]) : []
        return CatalogPage(entries: slice, page: page, pageCount: pageCount, total: entries.count)
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
