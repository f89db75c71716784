import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// Calendar feeds fetched over real HTTP on loopback, and invites served at their unguessable URL by the real server.
@Suite struct CalendarFeedFetcherTests {
    /// Counts conditional GETs; serves `body` with an ETag, or 304 when the client already has it.
    final class FeedServer: @unchecked Sendable {
        let lock = NSLock()
        var body = ""
        var status = 200
        var requests: [String] = []
        var server: HTTPServer!

        init() throws {
            var router = Router()
            router.add("GET", "/feeds/:secret") { [self] request, _ in
                lock.lock()
                defer { lock.unlock() }
                let etag = "\"\(body.hashValue)\""
                requests.append(request.headers["If-None-Match"] ?? "-")
                if status != 200 { return .text("nope\n", status: status) }
                if request.headers["If-None-Match"] == etag { return HTTPResponse(status: 304) }
                var response = HTTPResponse(status: 200, body: Array(body.utf8))
                response.headers.set("ETag", etag)
                response.headers.set("Content-Type", "text/calendar")
                return response
            }
            server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: router.handle)
            try server.start()
        }

        var url: String { "http://127.0.0.1:\(server.port)/feeds/private-5ecret7oken" }
    }

    /// Settings that let feeds come from loopback over http, as the test servers serve them.
    static let loopbackFeeds = ["MENTORD_CALENDAR_ALLOW_HTTP_HOSTS": "127.0.0.1", "MENTORD_CALENDAR_ALLOW_ADDRESSES": "127.0.0.1/32"]

    /// The fetcher `serve` runs, with the harness's calendar settings and no proxy.
    static func fetcher(for chat: ChatHarness, maximumFeedBytes: Int = CalendarFeedFetcher.defaultMaximumFeedBytes) throws -> CalendarFeedFetcher {
        CalendarFeedFetcher(
            services: try chat.services(), client: GuardedHTTPClient(policy: chat.app.config.calendarFetch.policy, proxy: ProxySettings()),
            catalog: try ChatHarness.loadPrompts(), refreshSeconds: 900, maximumFeedBytes: maximumFeedBytes
        )
    }

    static let busyMonday = """
        BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=Europe/Lisbon:20261130T090000\r\nDTEND;TZID=Europe/Lisbon:20261130T170000\r
        RRULE:FREQ=DAILY;COUNT=30\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
        """

    @Test func feedsAreFetchedConditionallyUsedAsBusyTimeAndProblemsReportedOnce() throws {
        let feedServer = try FeedServer()
        defer { feedServer.server.shutdown() }
        feedServer.body = Self.busyMonday
        let chat = try MatchingCast.harness(settings: Self.loopbackFeeds)
        #expect(chat.say("calendar \(feedServer.url)", as: "eva@example.com").contains("Saved."))
        let services = try chat.services()
        let fetcher = try Self.fetcher(for: chat)
        #expect(try fetcher.refreshDue() == 1)
        #expect(try fetcher.refreshDue() == 0, "fresh copies wait for the refresh period")
        chat.clock.advance(by: 901)
        #expect(try fetcher.refreshDue() == 1)
        #expect(feedServer.requests.count == 2 && feedServer.requests[1] != "-", "the second fetch is conditional and answered 304")
        let eva = try #require(try chat.directory.person(email: "eva@example.com"))
        #expect(try services.meetings.calendarFeed(of: eva.id)?.body == Self.busyMonday)
        #expect(chat.say("calendar", as: "eva@example.com").contains("last read"))

        // Eva is busy every working day from Monday, so Bruno gets no slot inside her hours from then on.
        let proposals = chat.say("schedule @eva@example.com within 14d", as: "bruno@example.com")
        #expect(proposals.contains("Three good times with Eva Costa"))
        let firstBusyDay = LocalDateTime(date: CalendarDate(year: 2026, month: 11, day: 30), minute: 9 * 60).instant(in: TimeZone(identifier: "Europe/Lisbon")!)
        let bruno = try #require(try chat.directory.person(email: "bruno@example.com"))
        let slots = try #require(try services.meetings.proposals(for: bruno.id)).slots
        #expect(slots.allSatisfy { $0.start < firstBusyDay || !$0.suitsEveryone })

        // A broken feed: the owner hears once, the last good copy stays in use, and the address never reaches the log.
        feedServer.status = 404
        chat.clock.advance(by: 901)
        try fetcher.refreshDue()
        let told = try chat.inbox(of: "eva@example.com")
        #expect(told.contains("I couldn't use your calendar feed: the address answered 404"))
        chat.clock.advance(by: 901)
        try fetcher.refreshDue()
        #expect(try chat.inbox(of: "eva@example.com").isEmpty, "the same problem is reported once")
        #expect(try services.meetings.calendarFeed(of: eva.id)?.body == Self.busyMonday)
        feedServer.status = 200
        feedServer.body = "<html>sign in</html>"
        chat.clock.advance(by: 901)
        try fetcher.refreshDue()
        #expect(try chat.inbox(of: "eva@example.com").contains("not an iCalendar file"))
        #expect(!String(describing: chat.logger.lines).contains("5ecret7oken"))
    }

    @Test func invitesAreServedAtTheirTokenAndNothingElseIs() throws {
        let chat = try MatchingCast.harness()
        _ = chat.say("schedule @eva@example.com", as: "bruno@example.com")
        let booked = chat.say("book 1", as: "bruno@example.com")
        let token = try #require(booked.firstMatch(of: /\/ics\/([0-9a-f]{32})\.ics/)).1
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: AppRoutes.router(for: chat.app, assistant: chat.assistant, platforms: []).handle)
        try server.start()
        defer { server.shutdown() }
        let client = CurlHTTPClient(proxy: ProxySettings())
        let invite = try client.send(HTTPClientRequest(url: "http://127.0.0.1:\(server.port)/ics/\(token).ics"))
        #expect(invite.status == 200)
        #expect(invite.headers["Content-Type"]?.hasPrefix("text/calendar") == true)
        #expect(invite.bodyText.hasPrefix("BEGIN:VCALENDAR\r\n") && invite.bodyText.contains("METHOD:REQUEST"))
        for path in ["/ics/\(String(repeating: "0", count: 32)).ics", "/ics/../../etc/passwd", "/ics/\(token.prefix(31)).ics"] {
            #expect(try client.send(HTTPClientRequest(url: "http://127.0.0.1:\(server.port)\(path)")).status == 404, "\(path)")
        }
    }
}
