import Foundation

/// The monthly recognition post: mentors who opted in, with the kudos they received that month. It goes out on the
/// first of each month, 09:00 UTC.
public struct RecognitionPostJob: JobPayload {
    public static let kind = JobKind.recognitionPost
    public var year: Int
    public var month: Int

    public var key: String { "recognition:\(year)-\(month)" }
    public var subject: JobSubject? { nil }

    /// The first of next month, 09:00 UTC, keyed by month so it is scheduled once however often this is called.
    static func schedule(after now: Date, in jobs: any JobStore) throws {
        let today = LocalDateTime(now, in: .gmt).date
        let first = CalendarDate(year: today.month == 12 ? today.year + 1 : today.year, month: today.month % 12 + 1, day: 1)
        try jobs.schedule(RecognitionPostJob(year: first.year, month: first.month), at: LocalDateTime(date: first, minute: 9 * 60).instant(in: .gmt))
    }
}

extension RecognitionPostJob {
    /// Posts the month's recognition to the recognition channel, and times the next month's.
    struct Handler: JobHandler {
        let services: MentorServices
        let catalog: MessageCatalog

        func run(_ job: RecognitionPostJob, due: Date, now: Date) throws -> [JobDelivery] {
            try RecognitionPostJob.schedule(after: now, in: services.jobs)
            guard let name = services.recognitionChannel, let channel = services.postableChannel(named: name) else { return [] }
            let since = now - 31 * 86_400
            let counts = try services.recognition.kudosCounts(since: since)
            let celebrated = try services.recognition.recognitionOptIns().compactMap { person -> (String, Int)? in
                guard let count = counts[person], count > 0, let found = try services.directory.person(id: person) else { return nil }
                return (found.displayName, count)
            }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
            guard !celebrated.isEmpty else { return [] }
            for text in catalog.localized(toChannel: channel) {
                try services.messenger.post(Reply(
                    .heading(text("recognition.post_title")), .list(celebrated.map { text("recognition.post_row", ["name": $0.0, "count": "\($0.1)"]) })
                ), to: channel)
            }
            return []
        }
    }
}
