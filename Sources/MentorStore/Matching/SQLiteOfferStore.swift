import Foundation
import MentorCore

/// Offers to mentors on SQLite. Writes join the caller's transaction.
public struct SQLiteOfferStore: OfferStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func insertOffer(_ offer: MatchOffer) throws -> MatchOffer {
        try database.write { connection in
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

    private static let selectOffer: SQL = """
        SELECT id, request_id, mentor_id, mentee_id, status, score, reasons, created_at, expires_at, remind_at, reminded_at, answered_at,
        decline_reason FROM match_offers
        """

    private static func offer(_ row: Row) -> MatchOffer {
        var offer = MatchOffer(
            id: row.int64(0), requestID: row.int64(1), mentor: PersonID(row.int64(2)), mentee: PersonID(row.int64(3)),
            status: MatchOffer.Status(rawValue: row.string(4)) ?? .pending, score: row.int(5), reasons: MatchReasonCoding.decode(row.string(6)),
            createdAt: row.date(7), expiresAt: row.date(8), remindAt: row.date(9))
        offer.remindedAt = row.optionalDate(10)
        offer.answeredAt = row.optionalDate(11)
        offer.declineReason = row.optionalString(12)
        return offer
    }

    public func offer(id: Int64) throws -> MatchOffer? {
        try database.read { try $0.queryFirst(Self.selectOffer + " WHERE id = ?", .integer(id), row: Self.offer) }
    }

    public func pendingOffer(request id: Int64) throws -> MatchOffer? {
        try database.read { try $0.queryFirst(Self.selectOffer + " WHERE request_id = ? AND status = 'pending'", .integer(id), row: Self.offer) }
    }

    public func updateOffer(_ offer: MatchOffer) throws {
        try database.write { connection in
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

    public func declinedOffers(since date: Date) throws -> [MatchOffer] {
        try database.read { connection in
            try connection.query(
                Self.selectOffer + " WHERE status = 'declined' AND answered_at >= ? ORDER BY answered_at DESC, id DESC", .integer(date.seconds),
                row: Self.offer)
        }
    }
}
