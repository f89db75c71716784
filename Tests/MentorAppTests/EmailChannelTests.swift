import ChatPlatforms
import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
@testable import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Synchronization
import Testing

/// Issue 17, email as a channel, end to end: letters go through a real SMTP server on loopback (aiosmtpd, which
/// requires STARTTLS) to people with no chat account, and are read back with Python's MIME parser and `icalendar`;
/// their links are served by mentord's HTTP server.
@Suite(.serialized) struct EmailChannelTests {
    static let mentor = "priya@example.com", mentee = "bruno@example.com"

    /// `smtp_sink.py` running, with a fresh self-signed certificate for 127.0.0.1.
    final class SMTPSink {
        let folder = TemporaryDirectory()
        let process = Process()
        let input = Pipe()
        var port = 0

        init(tempfail: [String] = [], refuse: [String] = []) throws {
            let openssl = Process()
            openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
            openssl.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", folder.file("key.pem"), "-out", folder.file("cert.pem"),
                                 "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
            openssl.standardError = FileHandle.nullDevice
            openssl.standardOutput = FileHandle.nullDevice
            try openssl.run()
            openssl.waitUntilExit()
            try FileManager.default.createDirectory(atPath: folder.file("mail"), withIntermediateDirectories: true)
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: try PythonReference.interpreter())
            process.arguments = [BuiltProducts.packageRoot + "/Tests/Support/python/smtp_sink.py", folder.file("mail"), folder.file("cert.pem"), folder.file("key.pem")]
                + tempfail.flatMap { ["--tempfail", $0] } + refuse.flatMap { ["--refuse", $0] }
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            let line = output.fileHandleForReading.availableLine()
            port = try #require(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)), "the sink's port: \(line)")
        }

        deinit {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }

        var certificate: String { folder.file("cert.pem") }

        /// The messages received so far, as `mail_read.py` parses them, with whether their session used TLS.
        func received() throws -> [(mail: [String: Any], tls: Bool)] {
            let files = (try FileManager.default.contentsOfDirectory(atPath: folder.file("mail"))).filter { $0.hasSuffix(".eml") }
                .sorted { Int($0.dropLast(4)) ?? 0 < Int($1.dropLast(4)) ?? 0 }
            return try files.map { name in
                let mail = try #require(try PythonReference.json("mail_read.py", [folder.file("mail/" + name)]) as? [String: Any])
                let session = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.file("mail/" + name.dropLast(4) + ".json")))) as? [String: Any]
                return (mail, session?["tls"] as? Bool == true)
            }
        }
    }

    /// The daemon's HTTP server, answering the email pages; its router is set once the app exists.
    final class Pages: Sendable {
        final class Routes: Sendable {
            let router = Mutex<Router?>(nil)
        }

        let routes = Routes()
        let server: HTTPServer

        init() throws {
            let routes = routes
            server = HTTPServer(configuration: HTTPServerConfiguration(port: 0)) { request in
                routes.router.withLock { $0 }?.handle(request) ?? .text("starting\n", status: 503)
            }
            try server.start()
        }

        var base: String { "http://127.0.0.1:\(server.port)" }
    }

    struct Setup {
        let chat: ChatHarness
        let worker: OutboxWorker
        let sink: SMTPSink
        let pages: Pages
    }

    func setUp(tempfail: [String] = [], refuse: [String] = []) throws -> Setup {
        let sink = try SMTPSink(tempfail: tempfail, refuse: refuse)
        let pages = try Pages()
        let settings = [
            "MENTORD_EMAIL_SMTP_URL": "smtp://127.0.0.1:\(sink.port)", "MENTORD_EMAIL_FROM": "mentord@example.com",
            "MENTORD_EMAIL_CA_FILE": sink.certificate, "MENTORD_SCHEDULING_PUBLIC_URL": pages.base,
        ]
        let chat = try MatchingCast.harness(settings: settings)
        let values = try ConfigLoader(environment: settings.merging(["MENTORD_DATA_DIR": "/nonexistent"]) { $1 }).load(file: nil)
        let environment = ChatPlatformSet.environment(app: chat.app, assistant: chat.assistant, wake: {})
        let email = try #require(try EmailSettings.make(values, environment))
        pages.routes.router.withLock { $0 = AppRoutes.router(for: chat.app, assistant: chat.assistant, platforms: email.routes) }
        let worker = OutboxWorker(outbox: chat.app.outbox, messenger: chat.app.messenger, senders: email.senders, clock: chat.clock, logger: chat.logger)
        return Setup(chat: chat, worker: worker, sink: sink, pages: pages)
    }

    func get(_ url: String) throws -> HTTPResponse { try CurlHTTPClient().send(HTTPClientRequest(url: url)) }
    func post(_ url: String) throws -> HTTPResponse { try CurlHTTPClient().send(HTTPClientRequest(method: "POST", url: url)) }

    @Test func anOfferByEmailIsAcceptedThroughItsLinkOnceWithAConfirmationPage() throws {
        let setup = try setUp()
        let requested = setup.chat.say("request public speaking", as: Self.mentee)
        #expect(requested.contains("Your request is with"), "\(requested)")
        try setup.worker.deliverDue()
        let received = try setup.sink.received()
        let offer = try #require(received.first, "the offer was sent")
        #expect(offer.tls, "the relay offered STARTTLS, and mentord used it")
        let headers = try #require(offer.mail["headers"] as? [String: String])
        let mentor = try #require(headers["To"]).trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
        #expect(headers["From"] == "mentord <mentord@example.com>")
        #expect(headers["List-Unsubscribe"]?.hasPrefix("<\(setup.pages.base)/email/unsubscribe/") == true, "\(headers)")
        #expect(headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click")
        #expect(offer.mail["content_type"] as? String == "multipart/mixed")
        let text = try #require(offer.mail["text"] as? String)
        let html = try #require(offer.mail["html"] as? String)
        #expect(text.contains("Bruno") && html.contains("<a href=\"\(setup.pages.base)/email/act/"), "text and HTML: \(text)")
        let accept = try #require(text.firstMatch(of: /Accept: (\S+)/).map { String($0.1) }, "\(text)")

        let page = try get(accept)
        #expect(page.status == 200 && page.bodyText.contains("<form method=\"post\">"), "a GET only asks: \(page.bodyText)")
        #expect(try setup.chat.pairings().isEmpty, "a mail scanner following the link changes nothing")
        let done = try post(accept)
        #expect(done.status == 200, "\(done.bodyText)")
        #expect(try setup.chat.pairings().count == 1, "the pairing exists")
        #expect(setup.chat.say("mentoring", as: Self.mentee).contains("Your mentor"), "as \(mentor)")
        let again = try post(accept)
        #expect(again.status == 410 && again.bodyText.contains("used already"), "\(again.bodyText)")
        #expect(try get(setup.pages.base + "/email/act/" + String(repeating: "a", count: 40)).status == 404)
    }

    @Test func anInviteByEmailCarriesACalendarFileMailClientsCanAnswer() throws {
        let setup = try setUp()
        _ = setup.chat.say("request public speaking", as: Self.mentee)
        let mentor = try #require(try setup.chat.app.outbox.due(limit: 5).first.flatMap { envelope -> String? in
            guard case .emailAddress(let email) = envelope.message.destination else { return nil }
            return email
        })
        try setup.worker.deliverDue()
        _ = setup.chat.say("accept 1", as: mentor)
        let proposals = setup.chat.say("schedule @\(Self.mentee) 30m within 14d", as: mentor)
        #expect(proposals.contains("Three good times") || proposals.contains("good times"), "\(proposals)")
        #expect(setup.chat.say("book 1", as: mentor).contains("Booked meeting 1"))
        try setup.worker.deliverDue()
        let invites = try setup.sink.received().filter { ($0.mail["attachments"] as? [[String: Any]])?.isEmpty == false }
        let invite = try #require(invites.first, "an email with the invitation")
        let file = try #require((invite.mail["attachments"] as? [[String: Any]])?.first)
        #expect(file["content_type"] as? String == "text/calendar" && file["method"] as? String == "REQUEST", "\(file)")
        let calendar = try #require(file["calendar"] as? [String: Any])
        #expect(calendar["method"] as? String == "REQUEST")
        #expect((calendar["uid"] as? String)?.isEmpty == false)
        #expect((calendar["attendees"] as? [String])?.contains { $0.lowercased().contains(Self.mentee) } == true, "\(calendar)")
    }

    @Test func aRelayThatRefusesLeadsToARetryThenADeadLetterAndTheReason() throws {
        let setup = try setUp(tempfail: ["alice@example.com"], refuse: ["eva@example.com"])
        let alice = try #require(try setup.chat.app.directory.person(email: "alice@example.com"))
        let eva = try #require(try setup.chat.app.directory.person(email: "eva@example.com"))
        try setup.chat.app.messenger.send(.text("A reminder for Alice"), to: alice.id)
        try setup.chat.app.messenger.send(.text("A reminder for Eva"), to: eva.id)
        try setup.worker.deliverDue()
        let pending = try setup.chat.app.outbox.list(.pending)
        #expect(pending.count == 1 && pending[0].attempts == 1 && pending[0].lastError.contains("451"), "a 4xx is retried later: \(pending)")
        let dead = try setup.chat.app.outbox.list(.dead)
        #expect(dead.count == 1 && dead[0].lastError.contains("550"), "a 5xx is final: \(dead)")
        let unreachable = try setup.chat.app.messenger.unreachable()
        #expect(unreachable.map(\.person) == [eva.id] && unreachable[0].reason.contains("550"), "\(unreachable)")
        // The relay keeps saying "try later": the letter is retried with the outbox's backoff, then dead-lettered.
        for _ in 0..<RetryPolicy.outbox.maximumAttempts where try !setup.chat.app.outbox.list(.pending).isEmpty {
            setup.chat.clock.advance(by: 86_400)
            try setup.worker.deliverDue()
        }
        let retried = try setup.chat.app.outbox.list(.dead)
        #expect(retried.count == 2 && retried.contains { $0.lastError.contains("451") && $0.attempts == RetryPolicy.outbox.maximumAttempts }, "\(retried)")
        #expect(Set(try setup.chat.app.messenger.unreachable().map(\.person)) == [alice.id, eva.id], "both are listed for the program manager")
        #expect(try setup.sink.received().isEmpty)
    }

    /// Self-service linking where the platform shares no email: the code goes to the address, and is typed back.
    @Test func linkWithAnEmailSendsACodeThereThatLinksTheAccountWithNoOperator() throws {
        let setup = try setUp()
        let telegram = ChatIdentity(platform: "telegram", workspace: "mentordbot", userID: "5550001")
        let first = setup.chat.say("whoami", from: telegram)
        #expect(first.contains("/mentor link YOUR-EMAIL"), "the way is offered: \(first)")
        let asked = setup.chat.say("link Bruno@Example.com", from: telegram)
        #expect(asked.contains("If bruno@example.com is in the people directory, a link code is on its way there"), "\(asked)")
        let stranger = setup.chat.say("link nobody@example.com", from: ChatIdentity(platform: "telegram", workspace: "mentordbot", userID: "5550002"))
        #expect(stranger.contains("If nobody@example.com is in the people directory"), "the same answer either way: \(stranger)")
        try setup.worker.deliverDue()
        let letters = try setup.sink.received()
        #expect(letters.count == 1, "only the address in the directory gets a letter")
        let text = try #require(letters.first?.mail["text"] as? String)
        #expect((letters.first?.mail["headers"] as? [String: String])?["To"] == "bruno@example.com")
        let code = try #require(text.firstMatch(of: /Your code is ([A-Z0-9]{4}-[A-Z0-9]{4})/).map { String($0.1) }, "\(text)")
        let stored = try setup.chat.app.database.read { connection in try connection.query("SELECT code FROM link_codes") { $0.string(0) } }
        #expect(stored.count == 1 && !stored[0].contains(code.replacingOccurrences(of: "-", with: "")), "kept as a digest: \(stored)")
        #expect(setup.chat.say("link \(code)", from: telegram).contains("Linked! You're Bruno"), "linked with no operator")
        #expect(setup.chat.say("whoami", from: telegram).contains("Bruno"))

        let other = ChatIdentity(platform: "telegram", workspace: "mentordbot", userID: "5550003")
        let answers = (0..<4).map { _ in setup.chat.say("link alice@example.com", from: other) }
        #expect(answers.prefix(3).allSatisfy { $0.contains("is on its way") } && answers[3].contains("several codes in the last hour"), "\(answers)")
        setup.chat.clock.advance(by: 3601)
        #expect(setup.chat.say("link alice@example.com", from: other).contains("is on its way"), "an hour later it works again")
    }

    @Test func someoneWhoChoseEmailGetsLettersThereBeforeTheirChat() throws {
        let setup = try setUp()
        let slack = ChatIdentity(platform: "slack", workspace: "T1", userID: "U0ALICE")
        _ = setup.chat.say("whoami", from: slack, email: "alice@example.com")
        let wrong = setup.chat.say("profile set channel emial", from: slack)
        #expect(wrong.contains("\"emial\" is not a channel. Choose chat or email"), "\(wrong)")
        let saved = setup.chat.say("profile set channel email", from: slack)
        #expect(saved.contains("Saved your channel for mentord's messages.") && saved.contains("Messages via") && saved.contains("email"), "\(saved)")
        _ = setup.chat.say("kudos @alice@example.com thanks for the dry run", as: Self.mentee)
        let queued = try setup.chat.app.outbox.due(limit: 5).map(\.message)
        #expect(queued.map(\.platform) == ["email"] && queued.first?.destination == .emailAddress("alice@example.com"), "email first: \(queued)")
        _ = setup.chat.say("profile set channel chat", from: slack)
        _ = setup.chat.say("kudos @alice@example.com and for the slides", as: Self.mentee)
        #expect(try setup.chat.app.outbox.due(limit: 5).map(\.message.platform) == ["email", "slack"], "back to chat")
    }

    @Test func unsubscribingStopsTheLettersAndTheyWaitInMentordInstead() throws {
        let setup = try setUp()
        let alice = try #require(try setup.chat.app.directory.person(email: "alice@example.com"))
        try setup.chat.app.messenger.send(.text("First letter"), to: alice.id)
        try setup.worker.deliverDue()
        let headers = try #require(try setup.sink.received().first?.mail["headers"] as? [String: String])
        let unsubscribe = try #require(headers["List-Unsubscribe"]).trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
        #expect(try get(unsubscribe).bodyText.contains("Stop emails"))
        let oneClick = try CurlHTTPClient().send(HTTPClientRequest(
            method: "POST", url: unsubscribe, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Array("List-Unsubscribe=One-Click".utf8)))
        #expect(oneClick.status == 200 && oneClick.bodyText.contains("will not email alice@example.com again"), "\(oneClick.bodyText)")
        try setup.chat.app.messenger.send(.text("Second letter"), to: alice.id)
        #expect(try setup.chat.app.outbox.due(limit: 5).isEmpty, "no more email")
        #expect(setup.chat.say("whoami", as: "alice@example.com").contains("Second letter"), "held for her in mentord")
    }
}

extension FileHandle {
    /// Reads up to the first newline.
    func availableLine() -> String {
        var bytes: [UInt8] = []
        while let chunk = try? read(upToCount: 1), let byte = chunk.first, byte != UInt8(ascii: "\n") { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
