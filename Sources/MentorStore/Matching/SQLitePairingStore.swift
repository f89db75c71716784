import Foundation
import MentorCore

/// Pairings and mentor load on SQLite. Writes join the caller's transaction.
public struct SQLitePairingStore: PairingStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func insertPairing(_ pairing: Pairing) throws -> Pairing {
        try database.write { connection in
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

    private static let selectPairing: SQL = """
        SELECT id, program, mentor_id, mentee_id, status, source, score, reasons, started_at, planned_end, ended_at FROM pairings
        """

    private static func pairing(_ row: Row) -> Pairing {
        var pairing = Pairing(
            id: row.int64(0), program: row.string(1), mentor: PersonID(row.int64(2)), mentee: PersonID(row.int64(3)),
            status: Pairing.Status(rawValue: row.string(4)) ?? .active, source: Pairing.Source(rawValue: row.string(5)) ?? .request,
            score: row.int(6), reasons: MatchReasonCoding.decode(row.string(7)), startedAt: row.date(8), plannedEnd: row.date(9))
        pairing.endedAt = row.optionalDate(10)
        return pairing
    }

    public func pairings(program: String?, status: Pairing.Status?) throws -> [Pairing] {
        try database.read { connection in
            try connection.query(
                Self.selectPairing + " WHERE (?1 IS NULL OR program = ?1) AND (?2 IS NULL OR status = ?2) ORDER BY id",
                program.map { .text($0) } ?? .null, status.map { .text($0.rawValue) } ?? .null, row: Self.pairing)
        }
    }

    public func pairings(involving person: PersonID) throws -> [Pairing] {
        try database.read { connection in
            try connection.query(Self.selectPairing + " WHERE mentor_id = ?1 OR mentee_id = ?1 ORDER BY id", .integer(person.rawValue), row: Self.pairing)
        }
    }

    public func pairing(id: Int64) throws -> Pairing? {
        try database.read { try $0.queryFirst(Self.selectPairing + " WHERE id = ?", .integer(id), row: Self.pairing) }
    }

    public func endPairing(id: Int64, at date: Date) throws {
        try database.write { connection in
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
}
