import Foundation
import MentorCore

/// Requests, offers, pairings and round history on SQLite. Every write joins the caller's transaction when there is
/// one (see ``SQLiteUnitOfWork``).
public struct SQLiteMatchStore: MatchStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    // MARK: Requests

    public func insertRequest(_ request: MatchRequest, candidates: [RankedCandidate]) throws -> MatchRequest {
        try database.transaction { connection in
            try connection.execute("""
                INSERT INTO match_requests (mentee_id, program, topic, format, status, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, .integer(request.mentee.rawValue), .text(request.program), .text(request.topic),
                request.format.map { .text($0.rawValue) } ?? .null, .text(request.status.rawValue), .integer(request.createdAt.seconds))
            var saved = request
            saved.id = connection.lastInsertRowID
            for (rank, candidate) in candidates.enumerated() {
                try connection.execute(
                    "INSERT INTO match_candidates (request_id, rank, mentor_id, score, reasons) VALUES (?, ?, ?, ?, ?)",
                    .integer(saved.id), .integer(Int64(rank)), .integer(candidate.mentor.rawValue), .integer(Int64(candidate.score)),
                    .text(MatchReasonCoding.encode(candidate.reasons)))
            }
            return saved
        }
    }

    public func request(id: Int64) throws -> MatchRequest? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT id, mentee_id, program, topic, format, status, created_at FROM match_requests WHERE id = ?", .integer(id),
                row: Self.request)
        }
    }

    public func openRequest(mentee: PersonID) throws -> MatchRequest? {
        try database.read { connection in
            try connection.queryFirst("""
                SELECT id, mentee_id, program, topic, format, status, created_at FROM match_requests
                WHERE mentee_id = ? AND status = 'open' ORDER BY id DESC LIMIT 1
                """, .integer(mentee.rawValue), row: Self.request)
        }
    }

    public func setStatus(_ status: MatchRequest.Status, ofRequest id: Int64, at date: Date) throws {
        try database.transaction { connection in
            _ = try connection.execute(
                "UPDATE match_requests SET status = ?, closed_at = ? WHERE id = ?", .text(status.rawValue),
                status == .open ? .null : .integer(date.seconds), .integer(id))
        }
    }

    public func remainingCandidates(request id: Int64) throws -> [RankedCandidate] {
        try database.read { connection in
            try connection.query(
                "SELECT mentor_id, score, reasons FROM match_candidates WHERE request_id = ? AND offered = 0 ORDER BY rank", .integer(id)
            ) { RankedCandidate(mentor: PersonID($0.int64(0)), score: $0.int(1), reasons: MatchReasonCoding.decode($0.string(2))) }
        }
    }

    public func markOffered(request id: Int64, mentor: PersonID) throws {
        try database.transaction { connection in
            _ = try connection.execute(
                "UPDATE match_candidates SET offered = 1 WHERE request_id = ? AND mentor_id = ?", .integer(id), .integer(mentor.rawValue))
        }
    }

    // MARK: Offers

    public func insertOffer(_ offer: MatchOffer) throws -> MatchOffer {
        try database.transaction { connection in
            try connection.execute("""
                INSERT INTO match_offers (request_id, mentor_id, mentee_id, status, score, reasons, created_at, expires_at, remind_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, .integer(offer.requestID), .integer(offer.mentor.rawValue), .integer(offer.mentee.rawValue), .text(offer.status.rawValue),
                .integer(Int64(offer.score)), .text(MatchReasonCoding.encode(offer.reasons)), .integer(offer.createdAt.seconds),
                .integer(offer.expiresAt.seconds), .integer(offer.remindAt.seconds))
            var saved = offer
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    public func offer(id: Int64) throws -> MatchOffer? {
        try database.read { connection in
            try connection.queryFirst("SELECT id, request_id, mentor_id, mentee_id, status, score, reasons, created_at, expires_at, remind_at, reminded_at, answered_at, decline_reason FROM match_offers WHERE id = ?", .integer(id), row: Self.offer)
        }
    }

    public func pendingOffer(request id: Int64) throws -> MatchOffer? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT id, request_id, mentor_id, mentee_id, status, score, reasons, created_at, expires_at, remind_at, reminded_at, answered_at, decline_reason FROM match_offers WHERE request_id = ? AND status = 'pending'", .integer(id), row: Self.offer)
        }
    }

    public func updateOffer(_ offer: MatchOffer) throws {
        try database.transaction { connection in
            _ = try connection.execute("""
                UPDATE match_offers SET status = ?, reminded_at = ?, answered_at = ?, decline_reason = ? WHERE id = ?
                """, .text(offer.status.rawValue), offer.remindedAt.map { .integer($0.seconds) } ?? .null,
                offer.answeredAt.map { .integer($0.seconds) } ?? .null, offer.declineReason.map { .text($0) } ?? .null, .integer(offer.id))
        }
    }

    public func responseTimes() throws -> [PersonID: [Double]] {
        let rows = try database.read { connection in
            try connection.query(
                "SELECT mentor_id, answered_at - created_at FROM match_offers WHERE answered_at IS NOT NULL"
            ) { (PersonID($0.int64(0)), $0.double(1)) }
        }
        return Dictionary(grouping: rows, by: \.0).mapValues { $0.map(\.1) }
    }

    // MARK: Pairings

    public func insertPairing(_ pairing: Pairing) throws -> Pairing {
        try database.transaction { connection in
            try connection.execute("""
                INSERT INTO pairings (program, mentor_id, mentee_id, status, source, score, reasons, started_at, planned_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, .text(pairing.program), .integer(pairing.mentor.rawValue), .integer(pairing.mentee.rawValue), .text(pairing.status.rawValue),
                .text(pairing.source.rawValue), .integer(Int64(pairing.score)), .text(MatchReasonCoding.encode(pairing.reasons)),
                .integer(pairing.startedAt.seconds), .integer(pairing.plannedEnd.seconds))
            var saved = pairing
            saved.id = connection.lastInsertRowID
            return saved
        }
    }

    public func pairings(program: String?, status: Pairing.Status?) throws -> [Pairing] {
        try database.read { connection in
            try connection.query("""
                SELECT id, program, mentor_id, mentee_id, status, source, score, reasons, started_at, planned_end, ended_at FROM pairings
                WHERE (?1 IS NULL OR program = ?1) AND (?2 IS NULL OR status = ?2) ORDER BY id
                """, program.map { .text($0) } ?? .null, status.map { .text($0.rawValue) } ?? .null, row: Self.pairing)
        }
    }

    public func pairings(involving person: PersonID) throws -> [Pairing] {
        try database.read { connection in
            try connection.query(
                "SELECT id, program, mentor_id, mentee_id, status, source, score, reasons, started_at, planned_end, ended_at FROM pairings WHERE mentor_id = ?1 OR mentee_id = ?1 ORDER BY id", .integer(person.rawValue),
                row: Self.pairing)
        }
    }

    public func pairing(id: Int64) throws -> Pairing? {
        try database.read { connection in
            try connection.queryFirst(
                "SELECT id, program, mentor_id, mentee_id, status, source, score, reasons, started_at, planned_end, ended_at FROM pairings WHERE id = ?", .integer(id),
                row: Self.pairing)
        }
    }

    public func endPairing(id: Int64, at date: Date) throws {
        try database.transaction { connection in
            _ = try connection.execute(
                "UPDATE pairings SET status = 'ended', ended_at = ? WHERE id = ? AND status = 'active'", .integer(date.seconds), .integer(id))
        }
    }

    public func mentorLoad() throws -> [PersonID: Int] {
        let rows = try database.read { connection in
            try connection.query("""
                SELECT mentor_id, COUNT(*) FROM (
                    SELECT mentor_id FROM pairings WHERE status = 'active'
                    UNION ALL SELECT mentor_id FROM match_offers WHERE status = 'pending')
                GROUP BY mentor_id
                """) { (PersonID($0.int64(0)), $0.int(1)) }
        }
        return Dictionary(rows, uniquingKeysWith: +)
    }

    // MARK: Exclusions, nominations and rounds

    public func block(_ person: PersonID, _ other: PersonID, at date: Date) throws {
        try database.transaction { connection in
            _ = try connection.execute(
                "INSERT OR IGNORE INTO match_blocks (person_id, blocked_id, created_at) VALUES (?, ?, ?)", .integer(person.rawValue),
                .integer(other.rawValue), .integer(date.seconds))
        }
    }

    public func unblock(_ person: PersonID, _ other: PersonID) throws -> Bool {
        try database.transaction { connection in
            try connection.execute(
                "DELETE FROM match_blocks WHERE person_id = ? AND blocked_id = ?", .integer(person.rawValue), .integer(other.rawValue)) > 0
        }
    }

    public func blockedPairs() throws -> [(PersonID, PersonID)] {
        try database.read { connection in
            try connection.query("SELECT person_id, blocked_id FROM match_blocks") { (PersonID($0.int64(0)), PersonID($0.int64(1))) }
        }
    }

    public func nominate(_ nomination: Nomination, audit: AuditEntry) throws {
        try database.transaction { connection in
            try connection.execute("""
                INSERT INTO nominations (person_id, program, nominated_by, reason, created_at) VALUES (?, ?, ?, ?, ?)
                """, .integer(nomination.person.rawValue), .text(nomination.program), .integer(nomination.nominatedBy.rawValue),
                .text(nomination.reason), .integer(nomination.createdAt.seconds))
            try AuditWriter.record(audit, in: connection)
        }
    }

    public func openNominations(program: String) throws -> [Nomination] {
        try database.read { connection in
            try connection.query(
                "SELECT person_id, program, nominated_by, reason, created_at FROM nominations WHERE program = ? AND used_at IS NULL ORDER BY id",
                .text(program)
            ) {
                Nomination(
                    person: PersonID($0.int64(0)), program: $0.string(1), nominatedBy: PersonID($0.int64(2)), reason: $0.string(3),
                    createdAt: Date(timeIntervalSince1970: $0.double(4)))
            }
        }
    }

    public func unmatchedRounds(program: String) throws -> [PersonID: Int] {
        let rows = try database.read { connection in
            try connection.query("SELECT person_id, unmatched_rounds FROM round_standing WHERE program = ?", .text(program)) {
                (PersonID($0.int64(0)), $0.int(1))
            }
        }
        return Dictionary(rows, uniquingKeysWith: max)
    }

    public func recordRound(program: String, matched: [PersonID], unmatched: [PersonID], at date: Date) throws {
        try database.transaction { connection in
            for person in matched {
                _ = try connection.execute(
                    "DELETE FROM round_standing WHERE program = ? AND person_id = ?", .text(program), .integer(person.rawValue))
            }
            for person in unmatched {
                _ = try connection.execute("""
                    INSERT INTO round_standing (program, person_id, unmatched_rounds) VALUES (?, ?, 1)
                    ON CONFLICT (program, person_id) DO UPDATE SET unmatched_rounds = unmatched_rounds + 1
                    """, .text(program), .integer(person.rawValue))
            }
            for person in matched + unmatched {
                _ = try connection.execute(
                    "UPDATE nominations SET used_at = ? WHERE program = ? AND person_id = ? AND used_at IS NULL", .integer(date.seconds),
                    .text(program), .integer(person.rawValue))
            }
        }
    }

    public func managers() throws -> [PersonID: PersonID] {
        let rows = try database.read { connection in
            try connection.query("SELECT id, manager_id FROM people WHERE manager_id IS NOT NULL") {
                (PersonID($0.int64(0)), PersonID($0.int64(1)))
            }
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }

    // MARK: Rows

    private static func request(_ row: Row) -> MatchRequest {
        MatchRequest(
            id: row.int64(0), mentee: PersonID(row.int64(1)), program: row.string(2), topic: row.string(3),
            format: row.optionalString(4).flatMap(MentoringFormat.init(rawValue:)), status: MatchRequest.Status(rawValue: row.string(5)) ?? .open,
            createdAt: Date(timeIntervalSince1970: row.double(6)))
    }

    private static func offer(_ row: Row) -> MatchOffer {
        var offer = MatchOffer(
            id: row.int64(0), requestID: row.int64(1), mentor: PersonID(row.int64(2)), mentee: PersonID(row.int64(3)),
            status: MatchOffer.Status(rawValue: row.string(4)) ?? .pending, score: row.int(5), reasons: MatchReasonCoding.decode(row.string(6)),
            createdAt: Date(timeIntervalSince1970: row.double(7)), expiresAt: Date(timeIntervalSince1970: row.double(8)),
            remindAt: Date(timeIntervalSince1970: row.double(9)))
        offer.remindedAt = row.optionalDate(10)
        offer.answeredAt = row.optionalDate(11)
        offer.declineReason = row.optionalString(12)
        return offer
    }

    private static func pairing(_ row: Row) -> Pairing {
        var pairing = Pairing(
            id: row.int64(0), program: row.string(1), mentor: PersonID(row.int64(2)), mentee: PersonID(row.int64(3)),
            status: Pairing.Status(rawValue: row.string(4)) ?? .active, source: Pairing.Source(rawValue: row.string(5)) ?? .request,
            score: row.int(6), reasons: MatchReasonCoding.decode(row.string(7)), startedAt: Date(timeIntervalSince1970: row.double(8)),
            plannedEnd: Date(timeIntervalSince1970: row.double(9)))
        pairing.endedAt = row.optionalDate(10)
        return pairing
    }
}

extension Date {
    /// Whole seconds since 1970, as stored.
    var seconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
}
