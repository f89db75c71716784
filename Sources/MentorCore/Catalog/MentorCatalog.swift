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
        let hitsPerWord = try index.mentorHits(for: words.map(\.word))
        var relevanceOf: [PersonID: Double] = [:]
        for (word, hits) in zip(words, hitsPerWord) {
            let factor = word.fromTopic ? 1 : MentorCatalog.synonymWeight
            for (person, hit) in hits { relevanceOf[person, default: 0] += hit.field.weight * factor }
        }
        let askerSchedule = WeeklyOverlap.Schedule(
            hours: askerProfile.workingHours, zone: TimeZone(identifier: askerProfile.timeZoneID(for: asker)) ?? .gmt
        )
        let askerIntervals = WeeklyOverlap.intervals(askerSchedule, from: now, to: now + 7 * 86_400)
        var overlapMemo: [ScheduleKey: Int] = [:]
        var zones: [String: TimeZone] = [:]
        var top = TopRanked<Ranked>(limit: page * MentorCatalog.pageSize, isBetter: Ranked.isBetter)
        var total = 0
        for summary in try index.mentorSummaries(Array(relevanceOf.keys))
        where summary.id != asker.id && summary.isActive && summary.capacity > 0 {
            let zone = zones[summary.timeZoneID] ?? TimeZone(identifier: summary.timeZoneID) ?? .gmt
            zones[summary.timeZoneID] = zone
            if summary.pause?.covers(CalendarDate(now, in: zone)) == true { continue }
            let key = ScheduleKey(zone: summary.timeZoneID, hours: summary.workingHours)
            let overlap = overlapMemo[key] ?? WeeklyOverlap.minutes(
                askerIntervals, WeeklyOverlap.Schedule(hours: summary.workingHours, zone: zone), weekFrom: now
            )
            overlapMemo[key] = overlap
            top.offer(Ranked(id: summary.id, relevance: relevanceOf[summary.id] ?? 0, overlap: overlap, capacity: summary.capacity))
            total += 1
        }
        let pageCount = max(1, (total + MentorCatalog.pageSize - 1) / MentorCatalog.pageSize)
        let slice = Array(top.sorted().dropFirst((page - 1) * MentorCatalog.pageSize))
        let loaded = Dictionary(try index.peopleWithProfiles(slice.map(\.id)).map { ($0.0.id, $0) }) { first, _ in first }
        let entries = slice.compactMap { item -> CatalogEntry? in
            guard let (person, profile) = loaded[item.id] else { return nil }
            let hits = hitsPerWord.compactMap { $0[person.id] }
            return CatalogEntry(
                person: person, profile: profile, relevance: item.relevance, matches: labels(hits, profile),
                overlapMinutes: item.overlap, capacityLeft: item.capacity
            )
        }
        return CatalogPage(entries: entries, page: page, pageCount: pageCount, total: total)
    }

    /// A candidate's ranking keys: relevance, then shared hours, then capacity, then id for a stable order.
    private struct Ranked {
        let id: PersonID
        let relevance: Double
        let overlap: Int
        let capacity: Int

        static func isBetter(_ a: Ranked, _ b: Ranked) -> Bool {
            (a.relevance, a.overlap, a.capacity, b.id.rawValue) > (b.relevance, b.overlap, b.capacity, a.id.rawValue)
        }
    }

    /// A mentor's zone and hours, as the key of the shared-hours memo.
    private struct ScheduleKey: Hashable {
        let zone: String
        let hours: WorkingHours
    }

    /// The mentor's own tags (or bio words) that matched, strongest field first.
    private func labels(_ hits: [CatalogHit], _ profile: Profile) -> [CatalogMatch] {
        var labels: [CatalogMatch] = []
        for hit in hits.sorted(by: { $0.field > $1.field }) {
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
