import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// D4: `calendar ADDRESS` cannot make mentord fetch from its own network, and what the owner is told never says
/// whether an internal address exists, answers or is closed.
@Suite struct CalendarFeedSafetyTests {
    /// Counts requests to any path on `host`.
    final class CountingServer: Sendable {
        let server: HTTPServer

        init(host: String = "127.0.0.1", respond: @escaping @Sendable (HTTPRequest) -> HTTPResponse = { _ in .text(CalendarFeedFetcherTests.busyMonday) }) throws {
            let box = Box()
            server = HTTPServer(configuration: HTTPServerConfiguration(host: host, port: 0)) { request in
                box.record(request.path)
                return respond(request)
            }
            try server.start()
            self.box = box
        }

        private let box: Box
        var requests: [String] { box.paths() }

        private final class Box: @unchecked Sendable {
            let lock = NSLock()
            var seen: [String] = []
            func record(_ path: String) { lock.withLock { seen.append(path) } }
            func paths() -> [String] { lock.withLock { seen } }
        }
    }

    static let neutral = "I couldn't use your calendar feed: no calendar could be read at that address"

    @Test func securityD4FeedsAtInternalAddressesGetOneNeutralMessageAndNoRequestIsSent() throws {
        let loopback = try CountingServer()
        defer { loopback.server.shutdown() }
        let ipv6 = try CountingServer(host: "::1")
        defer { ipv6.server.shutdown() }
        let target = "http://127.0.0.1:\(loopback.server.port)/feeds/after-redirect-5ecret"
        let allowlisted = try CountingServer(host: "127.0.0.2") { _ in HTTPResponse(status: 302, headers: ["Location": target]) }
        defer { allowlisted.server.shutdown() }
        // http is allowed for every host below, and only 127.0.0.2 is allowlisted: the address check is what refuses.
        let chat = try MatchingCast.harness(settings: [
            "MENTORD_CALENDAR_ALLOW_HTTP_HOSTS": "127.0.0.1, 127.0.0.2, ::1, localhost, 10.255.255.1, 169.254.169.254",
            "MENTORD_CALENDAR_ALLOW_ADDRESSES": "127.0.0.2",
        ])
        let feeds = [
            "eva@example.com": "http://127.0.0.1:\(loopback.server.port)/feeds/internal-admin-5ecret?token=abc",
            "alice@example.com": "http://[::1]:\(ipv6.server.port)/feeds/v6-5ecret",
            "chiyo@example.com": "http://10.255.255.1/feeds/private-5ecret",
            "priya@example.com": "http://169.254.169.254/latest/meta-data/iam-5ecret",
            "dee@example.com": "http://localhost:\(loopback.server.port)/feeds/by-name-5ecret",
            "bruno@example.com": "http://127.0.0.2:\(allowlisted.server.port)/feeds/redirecting-5ecret",
        ]
        for (email, url) in feeds {
            try chat.setProfile(email) { $0.language = "en" }
            #expect(chat.say("calendar \(url)", as: email).contains("Saved."), "\(email)")
        }
        let closed = try MatchingCast.harness(settings: [
            "MENTORD_CALENDAR_ALLOW_HTTP_HOSTS": "127.0.0.2", "MENTORD_CALENDAR_ALLOW_ADDRESSES": "127.0.0.2/32",
        ])
        _ = closed.say("calendar http://127.0.0.2:1/feeds/closed-port-5ecret", as: "eva@example.com")

        #expect(try CalendarFeedFetcherTests.fetcher(for: chat).refreshDue() == feeds.count)
        #expect(try CalendarFeedFetcherTests.fetcher(for: closed).refreshDue() == 1)

        var told = try feeds.keys.sorted().map { try chat.inbox(of: $0) }
        told.append(try closed.inbox(of: "eva@example.com"))
        #expect(Set(told).count == 1, "one message for every refused or unreachable feed: \(Set(told))")
        #expect(told[0].hasPrefix(Self.neutral), "\(told[0])")
        #expect(loopback.requests.isEmpty && ipv6.requests.isEmpty, "no request reached a loopback server")
        #expect(allowlisted.requests == ["/feeds/redirecting-5ecret"], "the allowlisted host was asked once, its redirect refused")

        // The log says why, at debug, and never where.
        let log = String(describing: chat.logger.lines) + String(describing: closed.logger.lines)
        for secret in ["5ecret", "127.0.0", "::1", "10.255", "169.254", "localhost", "\(loopback.server.port)"] {
            #expect(!log.contains(secret), "the log shows \(secret)")
        }
        #expect(log.contains("refused: loopback address") && log.contains("refused: cloud metadata address"))
        #expect(log.contains("unreachable: the connection failed"))
    }

    @Test func securityD4CalendarRefusesPlainHTTPAtOnceInTheirLanguage() throws {
        let chat = try MatchingCast.harness()
        try chat.setProfile("bruno@example.com") { $0.language = "es" }
        let refused = chat.say("calendar http://calendar.example.com/private-abc/basic.ics", as: "bruno@example.com")
        #expect(refused.contains("que empieza por https:// o webcal://"), "\(refused)")
        #expect(chat.say("calendar", as: "bruno@example.com").contains("calendar https://"), "nothing was saved")
        #expect(chat.say("calendar webcal://calendar.example.com/private-abc/basic.ics", as: "bruno@example.com").contains("Guardado"))
        let bruno = try #require(try chat.directory.person(email: "bruno@example.com"))
        #expect(try chat.services().meetings.calendarFeed(of: bruno.id)?.url == "https://calendar.example.com/private-abc/basic.ics")

        let allowing = try MatchingCast.harness(settings: ["MENTORD_CALENDAR_ALLOW_HTTP_HOSTS": "cal.intranet.example"])
        #expect(allowing.say("calendar http://cal.intranet.example/team.ics", as: "eva@example.com").contains("Saved."))
        let other = allowing.say("calendar http://calendar.example.com/x.ics", as: "eva@example.com")
        #expect(other.contains("https:// or webcal:// (http:// only for cal.intranet.example)"), "\(other)")
    }

    @Test func securityD4AnAllowlistedLoopbackFeedIsFetchedAndParsed() throws {
        let server = try CountingServer()
        defer { server.server.shutdown() }
        let chat = try MatchingCast.harness(settings: CalendarFeedFetcherTests.loopbackFeeds)
        _ = chat.say("calendar http://127.0.0.1:\(server.server.port)/feeds/team.ics", as: "eva@example.com")
        try CalendarFeedFetcherTests.fetcher(for: chat).refreshDue()
        let eva = try #require(try chat.directory.person(email: "eva@example.com"))
        let feed = try #require(try chat.services().meetings.calendarFeed(of: eva.id))
        #expect(feed.body == CalendarFeedFetcherTests.busyMonday && feed.problem == nil)
        let week = DateInterval(start: Date(timeIntervalSince1970: 0), end: Date(timeIntervalSince1970: 4_102_444_800))
        #expect(try chat.services().calendars.busy(in: try #require(feed.body), zone: .gmt, window: week).events == 1)
        #expect(server.requests == ["/feeds/team.ics"])
        #expect(try chat.inbox(of: "eva@example.com").isEmpty)
    }

    @Test func securityD4AFeedOverTheCapIsRefusedAndTheOwnerToldTheLimit() throws {
        let big = String(repeating: "X", count: 1_100_000)
        let server = try CountingServer { _ in .text(big) }
        defer { server.server.shutdown() }
        // The reader's own cap (calendar.max_feed_bytes) is raised too, so the second fetch reaches the parser.
        let settings = CalendarFeedFetcherTests.loopbackFeeds.merging(["MENTORD_CALENDAR_MAX_FEED_BYTES": "2097152"]) { $1 }
        let chat = try MatchingCast.harness(settings: settings)
        _ = chat.say("calendar http://127.0.0.1:\(server.server.port)/feeds/huge.ics", as: "eva@example.com")
        try CalendarFeedFetcherTests.fetcher(for: chat).refreshDue()
        #expect(try chat.inbox(of: "eva@example.com").contains("the feed is larger than 1 MB"))
        chat.clock.advance(by: 901)
        try CalendarFeedFetcherTests.fetcher(for: chat, maximumFeedBytes: 2 * 1_048_576).refreshDue()
        #expect(try chat.inbox(of: "eva@example.com").contains("not an iCalendar file"), "a larger cap lets it through to the parser")
    }
}
