import Foundation

/// The monthly recognition post: mentors who opted in, with the kudos they received that month.
public struct RecognitionPostHandler: JobHandler {
    public static let kind = "recognitionPost"
    public var kind: String { Self.kind }
    let services: MentorServices
    let catalog: MessageCatalog

    public init(services: MentorServices, catalog: MessageCatalog) {
        self.services = services
        self.catalog = catalog
    }

    /// The first of next month, 09:00 UTC, keyed by month so it is scheduled once however often this is called.
    static func schedule(after now: Date, in jobs: any JobStore) throws {
        let today = LocalDateTime(now, in: .gmt).date
        let first = CalendarDate(year: today.month == 12 ? today.year + 1 : today.year, month: today.month % 12 + 1, day: 1)
        try jobs.schedule(Job(
            kind: kind, key: "recognition:\(first.year)-\(first.month)", dueAt: LocalDateTime(date: first, minute: 9 * 60).instant(in: .gmt), payload: [:]
        ))
    }

    public func run(_ job: Job, now: Date) throws -> [JobDelivery] {
        try Self.schedule(after: now, in: services.jobs)
        guard let name = services.recognitionChannel, let channel = services.channel(named: name) else { return [] }
        let since = now - 31 * 86_400
        let counts = try services.recognition.kudosCounts(since: since)
        let celebrated = try services.recognition.recognitionOptIns().compactMap { person -> (String, Int)? in
            guard let count = counts[person], count > 0, let found = try services.directory.person(id: person) else { return nil }
            return (found.displayName, count)
        }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        guard !celebrated.isEmpty else { return [] }
        let text = catalog.localized(to: MessageCatalog.fallbackLanguage)
        try services.messenger.post(Reply(
            .heading(text("recognition.post_title")), .list(celebrated.map { text("recognition.post_row", ["name": $0.0, "count": "\($0.1)"]) })
        ), to: channel)
        return []
    }
}
