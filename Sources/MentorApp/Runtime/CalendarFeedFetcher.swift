import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Keeps people's published calendars fresh: a conditional GET (ETag, Last-Modified) per feed and refresh period.
///
/// A feed that cannot be fetched or read is reported to its owner once per distinct problem and never blocks
/// scheduling: the last good copy stays in use. Feed addresses are secrets and never reach the log.
///
/// Feeds come through a ``GuardedHTTPClient``, so a person's address cannot reach the server's own network. Every
/// refused or unreachable feed gets one neutral message, whatever the reason, so the owner learns nothing about
/// which internal addresses exist or answer; the reason goes to the debug log, without the address.
struct CalendarFeedFetcher: Sendable {
    let services: MentorServices
    let client: GuardedHTTPClient
    let catalog: MessageCatalog
    let refreshSeconds: TimeInterval
    /// Larger feeds are refused; the transfer stops as soon as the body grows past it.
    var maximumFeedBytes = CalendarFeedFetcher.defaultMaximumFeedBytes
    /// 1 MB.
    static let defaultMaximumFeedBytes = 1_048_576

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
        let owner = feed.person
        let language = try services.profiles.profile(for: owner)?.language ?? MessageCatalog.fallbackLanguage
        let text = catalog.localized(to: language)
        var problem: String?
        do {
            let response = try client.send(
                HTTPClientRequest(url: feed.url, headers: headers, timeoutSeconds: 20, maximumResponseBytes: maximumFeedBytes)
            )
            switch response.status {
            case 304:
                break
            case 200..<300:
                let body = response.bodyText
                let parsed = services.calendars.busy(in: body, zone: .gmt, window: DateInterval(start: services.clock.now, duration: 28 * 86_400))
                if parsed.events == 0, let first = parsed.problems.first, !body.contains("BEGIN:VCALENDAR") {
                    problem = first.message
                    break
                }
                record.body = body
                record.etag = response.headers["ETag"]
                record.lastModified = response.headers["Last-Modified"]
                if let first = parsed.problems.first {
                    // Count events, not problems: one broken event often has two (its DTSTART, then no start at all).
                    problem = parsed.unreadableEvents > 0
                        ? text("calendar.problem.events", ["count": "\(parsed.unreadableEvents)", "first": "\(first)"])
                        : text("calendar.problem.lines", ["count": "\(parsed.problems.count)", "first": "\(first)"])
                }
            case 401, 403, 404, 410:
                problem = text("calendar.problem.gone", ["status": "\(response.status)"])
            default:
                problem = text("calendar.problem.status", ["status": "\(response.status)"])
            }
        } catch FetchRefusal.tooLarge {
            problem = text("calendar.problem.too_large", ["megabytes": Self.megabytes(maximumFeedBytes)])
        } catch {
            problem = text("calendar.problem.unreachable")
            let detail = (error as? FetchRefusal)?.description ?? "\(type(of: error))"
            services.logger.debug(.calendarFeedFailed, ["person": .int(Int(owner.rawValue)), "detail": .string(detail)])
        }
        record.fetchedAt = services.clock.now
        if problem != feed.problem { record.problemReported = false }
        record.problem = problem
        try services.transaction {
            if let problem, !record.problemReported {
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

    /// `1` for 1 MB, `0.5` for 512 KB.
    private static func megabytes(_ bytes: Int) -> String {
        let megabytes = Double(bytes) / 1_048_576
        return megabytes.rounded() == megabytes ? "\(Int(megabytes))" : String(format: "%.1f", megabytes)
    }
}
