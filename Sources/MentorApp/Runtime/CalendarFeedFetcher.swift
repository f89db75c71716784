import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Keeps people's published calendars fresh: a conditional GET (ETag, Last-Modified) per feed and refresh period.
///
/// A feed that cannot be fetched or read is reported to its owner once per distinct problem and never blocks
/// scheduling: the last good copy stays in use. Feed addresses are secrets and never reach the log.
struct CalendarFeedFetcher: Sendable {
    let services: MentorServices
    let client: any HTTPClient
    let catalog: MessageCatalog
    let refreshSeconds: TimeInterval
    /// Larger feeds are refused.
    static let maximumBytes = 5 * 1024 * 1024

    /// Fetches every feed whose copy is older than the refresh period. Returns how many were fetched.
    @discardableResult
    func refreshDue() throws -> Int {
        let now = services.clock.now
        var fetched = 0
        for feed in try services.meetings.calendarFeeds(fetchedBefore: now - refreshSeconds) {
            try refresh(feed)
            fetched += 1
        }
        return fetched
    }

    func refresh(_ feed: CalendarFeedRecord) throws {
        var record = feed
        var headers: HTTPHeaders = ["Accept": "text/calendar"]
        if let etag = feed.etag { headers.set("If-None-Match", etag) }
        if let modified = feed.lastModified { headers.set("If-Modified-Since", modified) }
        var problem: String?
        do {
            let response = try client.send(HTTPClientRequest(url: feed.url, headers: headers, timeoutSeconds: 20))
            switch response.status {
            case 304:
                break
            case 200..<300:
                if response.body.count > Self.maximumBytes {
                    problem = "the feed is larger than \(Self.maximumBytes / 1024 / 1024) MB"
                    break
                }
                let text = response.bodyText
                let parsed = CalendarFeed(parsing: text)
                if parsed.events.isEmpty, let first = parsed.problems.first, !text.contains("BEGIN:VCALENDAR") {
                    problem = first.message
                    break
                }
                record.body = text
                record.etag = response.headers["ETag"]
                record.lastModified = response.headers["Last-Modified"]
                if let first = parsed.problems.first {
                    problem = "\(parsed.problems.count) part(s) could not be read, the rest is used (first: \(first))"
                }
            case 401, 403, 404, 410:
                problem = "the address answered \(response.status); the secret address may have been reset, so paste the new one"
            default:
                problem = "the calendar server answered \(response.status)"
            }
        } catch {
            problem = "the calendar server could not be reached (\(error))"
        }
        record.fetchedAt = services.clock.now
        if problem != feed.problem { record.problemReported = false }
        record.problem = problem
        let owner = feed.person
        try services.transaction {
            if let problem, !record.problemReported {
                let language = try services.profiles.profile(for: owner)?.language ?? MessageCatalog.fallbackLanguage
                let text = catalog.localized(to: language)
                try services.messenger.send(.text(text("calendar.problem", ["problem": problem, "help": "help calendar"])), to: owner)
                record.problemReported = true
            }
            try services.meetings.recordFeedFetch(record)
        }
        if let problem {
            services.logger.warning(.calendarFeedFailed, ["person": .int(Int(owner.rawValue)), "problem": .string(problem)])
        } else {
            services.logger.debug(.calendarFeedFetched, ["person": .int(Int(owner.rawValue))])
        }
    }
}
