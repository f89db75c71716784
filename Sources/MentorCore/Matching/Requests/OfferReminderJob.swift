import Foundation

/// The one reminder of an unanswered offer, halfway to its expiry, inside the mentor's working hours.
public struct OfferReminderJob: JobPayload {
    public static let kind = JobKind.offerReminder
    public var offer: Int64

    public init(offer: Int64) { self.offer = offer }

    public var key: String { "offer:\(offer):reminder" }
    public var subject: JobSubject? { .offer(offer) }
}

extension OfferReminderJob {
    /// Reminds the mentor if the offer is still pending; outside their working hours it waits for them.
    struct Handler: JobHandler {
        let desk: RequestDesk

        func run(_ job: OfferReminderJob, due: Date, now: Date) throws -> [JobDelivery] {
            try desk.remind(offerID: job.offer)
            return []
        }
    }
}
