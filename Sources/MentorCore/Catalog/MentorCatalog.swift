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
        // Pages are range-checked where they are typed; the cap keeps any other caller from overflowing (finding D1).
        let page = min(max(page, 1), 100_000)
        let words = synonyms.expand(topic)
        let data = try index.catalogData()
        let matchesPerWord = words.map { data.termIndexes(matching: $0.word) }
        // Relevance: for each word, the strongest field it was found in, summed over the words.
        var relevance = [Double](repeating: 0, count: data.mentors.count)
        var best = [Double](repeating: 0, count: data.mentors.count)
        var touched: [Int32] = []
        var candidates: [Int32] = []
        for (word, termIndexes) in zip(words, matchesPerWord) {
            for termIndex in termIndexes {
                for posting in data.postings[termIndex] where posting.field.weight > best[Int(posting.mentor)] {
                    if best[Int(posting.mentor)] == 0 { touched.append(posting.mentor) }
                    best[Int(posting.mentor)] = posting.field.weight
                }
            }
            let factor = word.fromTopic ? 1 : MentorCatalog.synonymWeight
            for mentor in touched {
                if relevance[Int(mentor)] == 0 { candidates.append(mentor) }
                relevance[Int(mentor)] += best[Int(mentor)] * factor
                best[Int(mentor)] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
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
            guard mentor.id != asker.id, mentor.isActive, mentor.capacity > 0 else { continue }
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
            top.offer(Ranked(ordinal: ordinal, id: mentor.id, relevance: relevance[Int(ordinal)], overlap: overlap, capacity: mentor.capacity))
            total += 1
        }
        let pageCount = max(1, (total + MentorCatalog.pageSize - 1) / MentorCatalog.pageSize)
        let slice = Array(top.sorted().dropFirst((page - 1) * MentorCatalog.pageSize))
        let loaded = Dictionary(try index.peopleWithProfiles(slice.map(\.id)).map { ($0.person.id, ($0.person, $0.profile)) }) { first, _ in first }
        let entries = slice.compactMap { item -> CatalogEntry? in
            guard let (person, profile) = loaded[item.id] else { return nil }
            return CatalogEntry(
                person: person, profile: profile, relevance: item.relevance,
                matches: labels(for: item.ordinal, matchesPerWord, data, profile), overlapMinutes: item.overlap,
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

    /// The mentor's own tags (or bio words) that matched, strongest field first.
    private func labels(for mentor: Int32, _ matchesPerWord: [[Int]], _ data: CatalogData, _ profile: Profile) -> [CatalogMatch] {
        var hits: [(term: String, field: CatalogField)] = []
        for termIndex in Set(matchesPerWord.joined()) {
            for posting in data.postings[termIndex] where posting.mentor == mentor {
                hits.append((data.terms[termIndex], posting.field))
            }
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
            if !labels.contains(match) { labels.append(match) }
        }
        return Array(labels.prefix(4))
    }
}
