import Foundation

/// An offer nobody answered in time: it expires, and the request moves on to the next mentor.
public struct OfferExpiryJob: JobPayload {
    public static let kind = JobKind.offerExpiry
    public var offer: Int64

    public var key: String { "offer:\(offer):expiry" }
    public var subject: JobSubject? { .offer(offer) }
}

extension OfferExpiryJob {
    /// Expires the offer if it is still pending, and cascades.
    struct Handler: JobHandler {
        let desk: RequestDesk

        func run(_ job: OfferExpiryJob, due: Date, now: Date) throws -> [JobDelivery] {
            try desk.expire(offerID: job.offer)
            return []
        }
    }
}
