import Foundation
import MentorCore

extension SQLiteOfferStore: WaitingOfferStore {
    public func pendingOffers(mentor: PersonID) throws -> [MatchOffer] {
        try database.read { connection in
            try connection.query(
                "SELECT id FROM match_offers WHERE mentor_id = ? AND status = 'pending' ORDER BY created_at, id", .integer(mentor.rawValue)
            ) { $0.int64(0) }
        }.compactMap { try offer(id: $0) }
    }
}
