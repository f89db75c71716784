import Foundation

/// The one reminder of an unanswered offer, halfway to its expiry, inside the mentor's working hours.
public struct OfferReminderJob: JobPayload {
    public static let kind = JobKind.offerReminder
    public var offer: Int64

    public var key: String { "offer:\(offer):reminder" }
    public var subject: JobSubject? { .offer(offer) }
}

extension OfferReminderJob {
    /// Reminds the mentor if the offer is still pending; outside their working hours it waits for them.
    struct Handler: JobHandler {
        let desk: RequestDesk

        func run(_ job: OfferReminderJob, due: Date, now: Date) throws -> [JobDelivery] {
            guard let (reminder, mentor) = try desk.remind(offerID: job.offer) else { return [] }
            // It has a deadline, so it never waits for a digest.
            return [JobDelivery(reminder, to: mentor, digestible: false)]
        }
    }
}
