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
    /// capacity left once `load` (their active pairings and pending offers) is taken off.
    public func search(
        topic: String, asker: Person, askerProfile: Profile, now: Date, page: Int, load: [PersonID: Int] = [:]
    ) throws -> CatalogPage {
        // Pages are range-checked where they are typed; the cap keeps any other caller from overflowing (finding D1).
        let page = min(max(page, 1), 100_000)
        let phrases = synonyms.expand(topic)
        let data = try index.catalogData()
        let hitsPerPhrase = phrases.map { hits(of: $0, in: data) }
        // Relevance: for each phrase, the strongest field it was found in, summed over the phrases.
        var relevance = [Double](repeating: 0, count: data.mentors.count)
        var candidates: [Int32] = []
        for (phrase, hits) in zip(phrases, hitsPerPhrase) {
            var best: [Int32: Double] = [:]
            for hit in hits { best[hit.mentor] = max(best[hit.mentor] ?? 0, hit.field.weight) }
            let factor = phrase.fromTopic ? 1 : MentorCatalog.synonymWeight
            for (mentor, weight) in best {
                if relevance[Int(mentor)] == 0 { candidates.append(mentor) }
                relevance[Int(mentor)] += weight * factor
            }
        }
        candidates.sort()
        let askerZone = askerProfile.timeZone(for: asker)
        let askerIntervals = WeeklyOverlap.intervals(
            WeeklyOverlap.Schedule(hours: askerProfile.workingHours, zone: askerZone), from: now, to: now + 7 * 86_400
        )
        var overlapOfGroup = [Int?](repeating: nil, count: data.groupRepresentatives.count)
        var todayOfGroup = [CalendarDate?](repeating: nil, count: data.groupRepresentatives.count)
        var top = TopRanked<Ranked>(limit: page * MentorCatalog.pageSize, isBetter: Ranked.isBetter)
        var total = 0
        for ordinal in candidates {
            let mentor = data.mentors[Int(ordinal)]
            let room = mentor.capacity - (load[mentor.id] ?? 0)
            guard mentor.id != asker.id, mentor.isActive, room > 0 else { continue }
            let group = mentor.scheduleGroup
            if let pause = mentor.pause {
                let today = todayOfGroup[group] ?? CalendarDate(now, in: TimeZone(identifier: mentor.timeZoneID) ?? .gmt)
                todayOfGroup[group] = today
                if pause.covers(today) { continue }
            }
            let overlap = overlapOfGroup[group] ?? WeeklyOverlap.minutes(
                askerIntervals,
                WeeklyOverlap.Schedule(hours: mentor.workingHours, zone: TimeZone(identifier: mentor.timeZoneID) ?? .gmt),
                weekFrom: now
            )
            overlapOfGroup[group] = overlap
            top.offer(Ranked(ordinal: ordinal, id: mentor.id, relevance: relevance[Int(ordinal)], overlap: overlap, capacity: room))
            total += 1
        }
        let pageCount = max(1, (total + MentorCatalog.pageSize - 1) / MentorCatalog.pageSize)
        let slice = Array(top.sorted().dropFirst((page - 1) * MentorCatalog.pageSize))
        let loaded = Dictionary(try index.peopleWithProfiles(slice.map(\.id)).map { ($0.person.id, ($0.person, $0.profile)) }) { first, _ in first }
        let entries = slice.compactMap { item -> CatalogEntry? in
            guard let (person, profile) = loaded[item.id] else { return nil }
            return CatalogEntry(
                person: person, profile: profile, relevance: item.relevance,
                matches: labels(for: item.ordinal, hitsPerPhrase, data, profile), overlapMinutes: item.overlap,
                capacityLeft: item.capacity
            )
        }
        return CatalogPage(entries: entries, page: page, pageCount: pageCount, total: total)
    }

    /// A candidate's ranking keys: relevance, then shared hours, then capacity, then id for a stable order.
    private struct Ranked {
        let ordinal: Int32
        let id: PersonID
        let relevance: Double
        let overlap: Int
        let capacity: Int

        static func isBetter(_ a: Ranked, _ b: Ranked) -> Bool {
            (a.relevance, a.overlap, a.capacity, b.id.rawValue) > (b.relevance, b.overlap, b.capacity, a.id.rawValue)
        }
    }

    /// Where `phrase` is found: each mentor and field holding all of its words.
    private func hits(of phrase: SearchPhrase, in data: CatalogData) -> [PhraseHit] {
        var found: Set<PhraseHit>?
        for word in phrase.words {
            var here: Set<PhraseHit> = []
            for termIndex in data.termIndexes(matching: word) {
                for posting in data.postings[termIndex] { here.insert(PhraseHit(mentor: posting.mentor, field: posting.field, term: -1)) }
            }
            found = found.map { $0.intersection(here) } ?? here
        }
        guard let found, !found.isEmpty else { return [] }
        // Keep the terms that matched, for the labels.
        var result: [PhraseHit] = []
        for word in phrase.words {
            for termIndex in data.termIndexes(matching: word) {
                for posting in data.postings[termIndex] where found.contains(PhraseHit(mentor: posting.mentor, field: posting.field, term: -1)) {
                    result.append(PhraseHit(mentor: posting.mentor, field: posting.field, term: Int32(termIndex)))
                }
            }
        }
        return result
    }

    /// A phrase found in one field of one mentor, through one indexed term (−1 while only the place counts).
    private struct PhraseHit: Hashable {
        let mentor: Int32
        let field: CatalogField
        let term: Int32
    }

    /// The mentor's own tags (or bio words) that matched, strongest field first, each once.
    private func labels(for mentor: Int32, _ hitsPerPhrase: [[PhraseHit]], _ data: CatalogData, _ profile: Profile) -> [CatalogMatch] {
        var hits: [(term: String, field: CatalogField)] = []
        var seen: Set<PhraseHit> = []
        for hit in hitsPerPhrase.joined() where hit.mentor == mentor && seen.insert(hit).inserted {
            hits.append((data.terms[Int(hit.term)], hit.field))
        }
        var labels: [CatalogMatch] = []
        for hit in hits.sorted(by: { ($0.field, $1.term) > ($1.field, $0.term) }) {
            let tags: [String] = switch hit.field {
            case .expertise: profile.expertise
            case .interests: profile.interests
            case .goals: profile.goals
            case .bio: profile.bio.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
            }
            let match = CatalogMatch(text: tags.first { SearchTerms.words($0).contains(hit.term) } ?? hit.term, field: hit.field)
            if !labels.contains(where: { $0.text == match.text }) { labels.append(match) }
        }
        return Array(labels.prefix(4))
    }
}
