import Foundation
import HTTPClient
import HTTPServer
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// Scheduling findings that need the app around Core: the listener's real address in invite links (38), the
/// calendar-feed problem text (40) and the holidays folder.
@Suite(.serialized) struct SchedulingFindingsAppTests {
    static func config(_ folder: TemporaryDirectory, _ extra: [String: String] = [:]) throws -> MentorConfig {
        MentorConfig(try ConfigLoader(environment: [
            "MENTORD_DATA_DIR": folder.path, "MENTORD_HTTP_PORT": "0", "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory,
        ].merging(extra) { $1 }).load(file: nil))
    }

    @Test func uxFinding38InviteLinksUseTheAddressTheListenerReallyBound() throws {
        let folder = TemporaryDirectory()
        let config = try Self.config(folder)
        #expect(config.scheduling.inviteURL(token: "t0k") == nil, "no public URL and no daemon: no link rather than a wrong one")
        // A console started beside a running daemon reads the address the daemon wrote.
        ListenerAddressFile.write("http://127.0.0.1:44917", dataDirectory: folder.path)
        #expect(config.scheduling.inviteURL(token: "t0k") == "http://127.0.0.1:44917/ics/t0k.ics")
        // The daemon itself knows the port it bound.
        config.scheduling.listener.publish("http://127.0.0.1:5555")
        #expect(config.scheduling.inviteURL(token: "t0k") == "http://127.0.0.1:5555/ics/t0k.ics")
        let configured = try Self.config(folder, ["MENTORD_SCHEDULING_PUBLIC_URL": "https://mentord.example.com/"])
        #expect(configured.scheduling.inviteURL(token: "t0k") == "https://mentord.example.com/ics/t0k.ics")
    }

    @Test func uxFinding38ServeOnPortZeroPublishesItsRealAddressAndForgetsItOnStop() throws {
        let folder = TemporaryDirectory()
        let daemon = try DaemonProcess(["serve"], environment: [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_HTTP_PORT": "0", "MENTORD_HTTP_HOST": "127.0.0.1",
        ])
        let port = try daemon.waitForPort()
        let written = try String(contentsOfFile: folder.file("data") + "/listener.url", encoding: .utf8)
        #expect(written == "http://127.0.0.1:\(port)\n")
        #expect(port != 8080 && port != 0)
        _ = daemon.stop(with: SIGTERM)
        #expect(!FileManager.default.fileExists(atPath: folder.file("data") + "/listener.url"))
    }

    static let oneBrokenEvent = """
        BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20261130T090000Z\r\nDTEND:20261130T100000Z\r\nEND:VEVENT\r
        BEGIN:VEVENT\r\nUID:broken\r\nDTSTART:2026-12-01 09:00\r\nDTEND:20261201T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
        """

    @Test func uxFinding40OneBrokenEventIsCountedOnceAndTheHintMatchesWhatIsAccepted() throws {
        let feedServer = try CalendarFeedFetcherTests.FeedServer()
        defer { feedServer.server.shutdown() }
        feedServer.body = Self.oneBrokenEvent
        let chat = try MatchingCast.harness(settings: CalendarFeedFetcherTests.loopbackFeeds)
        #expect(chat.say("calendar \(feedServer.url)", as: "eva@example.com").contains("Saved."), "an http:// address is accepted, as the hint says")
        try CalendarFeedFetcherTests.fetcher(for: chat).refreshDue()
        let told = try chat.inbox(of: "eva@example.com")
        #expect(told.contains("I couldn't use your calendar feed: 1 event(s) in it could not be read, the rest is used (first: line 10: DTSTART"), "\(told)")
        let refused = chat.say("calendar ftp://example.com/cal.ics", as: "eva@example.com")
        #expect(refused.contains("starting with https:// or webcal:// (http:// only for 127.0.0.1)"), "\(refused)")
    }

    @Test func theHolidaysFolderIsReadByFileNameAndStrayFilesAreLogged() throws {
        let folder = TemporaryDirectory()
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:Ano Novo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        try Data(ics.utf8).write(to: URL(fileURLWithPath: folder.file("BR.ics")))
        try Data(ics.utf8).write(to: URL(fileURLWithPath: folder.file("notes.ics")))
        let logger = RecordingLogger()
        let holidays = HolidaysFolder.load(folder.path, logger: logger)
        let bruno = Person(id: PersonID(1), email: "b@example.com", displayName: "B", site: "São Paulo", country: "BR", timeZoneID: "America/Sao_Paulo")
        #expect(holidays.holiday(on: CalendarDate(year: 2027, month: 1, day: 1), for: bruno)?.name == "Ano Novo")
        #expect(String(describing: logger.lines).contains("notes.ics"))
        #expect(HolidaysFolder.load(folder.file("missing"), logger: logger) == .none)
        #expect(HolidaysFolder.load(nil, logger: logger) == .none)
        // The daemon's services carry the configured folder.
        let config = try Self.config(TemporaryDirectory(), ["MENTORD_SCHEDULING_HOLIDAYS_DIR": folder.path])
        #expect(config.schedulingWithHolidays(logger: logger).holidays.isHoliday(CalendarDate(year: 2027, month: 1, day: 1), for: bruno))
    }
}
