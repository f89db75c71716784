import Foundation
import MentorCore

/// The dashboard's reads on SQLite, through a connection of their own (``Database/reader(of:)``), so that a report
/// never waits behind a webhook's write or holds one up.
public struct SQLiteInsights: InsightsStore {
    let database: Database

    /// `database` should be a reader; the statements only read.
    public init(database: Database) {
        self.database = database
    }

    public func facts(at now: Date) throws -> InsightFacts {
        try database.read { connection in
            // One read transaction, so every list describes the same moment.
            try connection.executeScript("BEGIN")
            defer { try? connection.executeScript("COMMIT") }
            var facts = InsightFacts(
                people: try people(connection), requests: try requests(connection), pairings: try pairings(connection, now: now),
                offers: try offers(connection), surveys: try surveys(connection), unansweredSearches: try searchMisses(connection),
                goals: try goals(connection), reflections: try reflections(connection), readAt: now
            )
            facts.rounds = try connection.query("SELECT program, committed_at, matched, unmatched FROM match_rounds ORDER BY committed_at") { row in
                RoundFact(program: row.string(0), committedAt: row.date(1), matched: row.int(2), unmatched: row.int(3))
            }
            facts.histories = try SQLitePersonHistoryStore(database: database).personHistories()
            facts.declineReasons = try connection.query("""
                SELECT mentor_id, decline_reason, COALESCE(answered_at, created_at) FROM match_offers
                WHERE status = 'declined' AND COALESCE(decline_reason, '') != '' ORDER BY COALESCE(answered_at, created_at) DESC LIMIT 500
                """) { row in DeclineReason(mentor: PersonID(row.int64(0)), text: row.string(1), at: row.date(2)) }
            return facts
        }
    }

    private func people(_ connection: SQLiteConnection) throws -> [PersonFact] {
        try connection.query("""
            SELECT p.id, p.display_name, p.manager_id, p.site, p.function, p.career_level, p.languages, p.time_zone, p.status,
                   pr.consented_at, COALESCE(pr.capacity, 0), COALESCE(pr.expertise, ''),
                   EXISTS (SELECT 1 FROM profile_roles r WHERE r.person_id = p.id AND r.role = 'mentor'),
                   EXISTS (SELECT 1 FROM profile_roles r WHERE r.person_id = p.id AND r.role = 'mentee'),
                   d.gender, d.age_band, COALESCE(pr.share_with_manager, 0)
            FROM people p LEFT JOIN profiles pr ON pr.person_id = p.id LEFT JOIN demographics d ON d.person_id = p.id
            """) { row in
            PersonFact(
                id: PersonID(row.int64(0)), displayName: row.string(1), manager: row.optionalInt64(2).map(PersonID.init), site: row.string(3),
                function: row.string(4), careerLevel: row.int(5),
                language: row.string(6).split(separator: ";").first.map(String.init) ?? "",
                timeZone: row.string(7), status: EmploymentStatus(rawValue: row.string(8)) ?? .active, joinedAt: row.optionalDate(9),
                isMentor: row.int(12) != 0, isMentee: row.int(13) != 0, capacity: row.int(10),
                expertise: row.string(11).split(separator: ",").map(String.init), gender: row.optionalString(14), ageBand: row.optionalString(15),
                sharesWithManager: row.int(16) != 0
            )
        }
    }

    private func requests(_ connection: SQLiteConnection) throws -> [RequestFact] {
        try connection.query("SELECT id, mentee_id, program, topic, created_at, status, closed_at FROM match_requests") { row in
            RequestFact(
                id: row.int64(0), mentee: PersonID(row.int64(1)), program: row.string(2), topic: row.string(3), createdAt: row.date(4),
                status: MatchRequest.Status(rawValue: row.string(5)) ?? .open, closedAt: row.optionalDate(6)
            )
        }
    }

    /// Each pairing with the meetings of the two of them held since it began, and their "we met" answers. A series
    /// counts each occurrence that has ended, in its host's wall time as ``Meeting`` repeats it.
    private func pairings(_ connection: SQLiteConnection, now: Date) throws -> [PairingFact] {
        var facts = try connection.query("""
            SELECT pa.id, pa.program, pa.mentor_id, pa.mentee_id, pa.started_at, pa.ended_at,
                   MIN(m.start_at), MAX(m.start_at), COUNT(m.id), pa.planned_end, pa.source, pa.score, pa.reasons
            FROM pairings pa
            LEFT JOIN meeting_attendees a1 ON a1.person_id = pa.mentor_id
            LEFT JOIN meeting_attendees a2 ON a2.meeting_id = a1.meeting_id AND a2.person_id = pa.mentee_id
            LEFT JOIN meetings m ON m.id = a2.meeting_id AND m.status = 'scheduled' AND m.cadence IS NULL
                AND m.start_at >= pa.started_at AND m.start_at + m.minutes * 60 <= ?
            GROUP BY pa.id
            """, .integer(now.seconds)) { row in
            var fact = PairingFact(
                id: row.int64(0), program: row.string(1), mentor: PersonID(row.int64(2)), mentee: PersonID(row.int64(3)), startedAt: row.date(4),
                plannedEnd: row.date(9), endedAt: row.optionalDate(5), firstMetAt: row.optionalDate(6), lastMetAt: row.optionalDate(7), meetingsHeld: row.int(8)
            )
            fact.fromRound = row.string(10) == Pairing.Source.round.rawValue
            fact.score = row.int(11)
            fact.reasons = MatchReasonCoding.decode(row.string(12))
            return fact
        }
        var index: [Int64: Int] = [:]
        for (position, fact) in facts.enumerated() { index[fact.id] = position }
        let series = try connection.query("""
            SELECT pa.id, m.start_at, m.minutes, m.cadence, pa.ended_at, m.host_zone
            FROM pairings pa
            JOIN meeting_attendees a1 ON a1.person_id = pa.mentor_id
            JOIN meeting_attendees a2 ON a2.meeting_id = a1.meeting_id AND a2.person_id = pa.mentee_id
            JOIN meetings m ON m.id = a2.meeting_id AND m.status = 'scheduled' AND m.cadence IS NOT NULL AND m.start_at >= pa.started_at
            """) { row in
            (
                pairing: row.int64(0), ended: row.optionalDate(4),
                meeting: Meeting(
                    uid: "", title: "", host: PersonID(0), attendees: [], start: row.date(1), minutes: row.int(2), hostZone: row.string(5),
                    cadence: Meeting.Cadence(rawValue: row.string(3)), token: ""
                )
            )
        }
        for meeting in series {
            guard let position = index[meeting.pairing] else { continue }
            let until = min(now, meeting.ended ?? now)
            let weeks = Int(max(0, until.timeIntervalSince(meeting.meeting.start)) / (7 * 86_400)) + 2
            let length = Double(meeting.meeting.minutes) * 60
            let held = meeting.meeting.occurrences(from: meeting.meeting.start, limit: weeks).filter { $0 + length <= until }
            guard let first = held.first, let last = held.last else { continue }
            facts[position].meet(first: first, last: last, count: held.count)
        }
        let answers = try connection.query("""
            SELECT pairing_id, MIN(answered_at), MAX(answered_at) FROM checkins
            WHERE answer = 'met' AND answered_at IS NOT NULL AND answered_at <= ? GROUP BY pairing_id
            """, .integer(now.seconds)) { row in (pairing: row.int64(0), first: row.date(1), last: row.date(2)) }
        for answer in answers {
            guard let position = index[answer.pairing] else { continue }
            facts[position].meet(first: answer.first, last: answer.last, count: 0)
        }
        return facts
    }

    private func offers(_ connection: SQLiteConnection) throws -> [OfferFact] {
        try connection.query("""
            SELECT id, request_id, mentor_id, mentee_id, status, created_at, expires_at, answered_at,
                   COALESCE(decline_reason, '') != ''
            FROM match_offers
            """) { row in
            OfferFact(
                id: row.int64(0), request: row.int64(1), mentor: PersonID(row.int64(2)), mentee: PersonID(row.int64(3)),
                status: MatchOffer.Status(rawValue: row.string(4)) ?? .pending, createdAt: row.date(5), expiresAt: row.date(6),
                answeredAt: row.optionalDate(7), hasDeclineReason: row.int(8) != 0
            )
        }
    }

    private func surveys(_ connection: SQLiteConnection) throws -> [SurveyFact] {
        try connection.query("SELECT pairing_id, person_id, score, answered_at FROM surveys") { row in
            SurveyFact(pairing: row.int64(0), person: PersonID(row.int64(1)), score: row.int(2), answeredAt: row.date(3))
        }
    }

    private func searchMisses(_ connection: SQLiteConnection) throws -> [SearchMiss] {
        try connection.query("SELECT topic, at FROM search_misses") { row in SearchMiss(topic: row.string(0), at: row.date(1)) }
    }

    private func goals(_ connection: SQLiteConnection) throws -> [GoalFact] {
        try connection.query("SELECT owner_id, created_at, status = 'done' FROM goals") { row in
            GoalFact(owner: PersonID(row.int64(0)), createdAt: row.date(1), completed: row.int(2) != 0)
        }
    }

    private func reflections(_ connection: SQLiteConnection) throws -> [ReflectionFact] {
        try connection.query("SELECT author_id, completed_at FROM reflections WHERE completed_at IS NOT NULL") { row in
            ReflectionFact(author: PersonID(row.int64(0)), completedAt: row.date(1))
        }
    }
}

extension PairingFact {
    /// Widens when the two first and last met, and adds meetings held.
    mutating func meet(first: Date, last: Date, count: Int) {
        firstMetAt = min(firstMetAt ?? first, first)
        lastMetAt = max(lastMetAt ?? last, last)
        meetingsHeld += count
    }
}
