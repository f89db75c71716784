import Foundation
import MentorCore

/// Match requests and their ranked candidates on SQLite. Writes join the caller's transaction.
public struct SQLiteRequestStore: RequestStore {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

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

    private static let selectRequest: SQL = "SELECT id, mentee_id, program, topic, format, status, created_at FROM match_requests"

    private static func request(_ row: Row) -> MatchRequest {
        MatchRequest(
            id: row.int64(0), mentee: PersonID(row.int64(1)), program: row.string(2), topic: row.string(3),
            format: row.optionalString(4).flatMap(MentoringFormat.init(rawValue:)), status: MatchRequest.Status(rawValue: row.string(5)) ?? .open,
            createdAt: row.date(6))
    }

    public func request(id: Int64) throws -> MatchRequest? {
        try database.read { try $0.queryFirst(Self.selectRequest + " WHERE id = ?", .integer(id), row: Self.request) }
    }

    public func openRequest(mentee: PersonID) throws -> MatchRequest? {
        try database.read { connection in
            try connection.queryFirst(
                Self.selectRequest + " WHERE mentee_id = ? AND status = 'open' ORDER BY id DESC LIMIT 1", .integer(mentee.rawValue),
                row: Self.request)
        }
    }

    public func setStatus(_ status: MatchRequest.Status, ofRequest id: Int64, at date: Date) throws {
        try database.write { connection in
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
        try database.write { connection in
            _ = try connection.execute(
                "UPDATE match_candidates SET offered = 1 WHERE request_id = ? AND mentor_id = ?", .integer(id), .integer(mentor.rawValue))
        }
    }

    public func waitingRequests(program: String) throws -> [MatchRequest] {
        try database.read { connection in
            try connection.query(Self.selectRequest + """
                 WHERE program = ? AND status = 'open'
                 AND NOT EXISTS (SELECT 1 FROM match_offers AS o WHERE o.request_id = match_requests.id AND o.status = 'pending')
                 ORDER BY created_at, id
                """, .text(program), row: Self.request)
        }
    }
}
