import Foundation
import HTTPServer
import HTTPTypes
import Testing

/// D6: one client address cannot take all the connections, and a request trickled in byte by byte is cut off at the
/// request deadline instead of holding its connection for as long as it keeps sending.
@Suite("HTTP server connection limits and request deadline (D6)")
final class SecurityD6ConnectionLimitTests {
    static let perAddress = 8
    static let deadlineSeconds = 3
    let live: LiveServer

    init() throws {
        live = try LiveServer(configure: {
            $0.perIPConnectionLimit = Self.perAddress
            $0.requestDeadlineSeconds = Self.deadlineSeconds
        }) { request in
            if request.path == "/slow" { Thread.sleep(forTimeInterval: Double(Self.deadlineSeconds) + 1.5) }
            return .text("ok \(request.body.count)")
        }
    }

    deinit { live.server.shutdown() }

    func get(_ path: String, from source: String) throws -> [Int] {
        let connection = try RawHTTPConnection(port: live.server.port, source: source, timeoutSeconds: 1)
        connection.send("GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        return RawHTTPConnection.statuses(in: connection.readAll().bytes)
    }

    @Test func securityD6OneConnectionTooManyFromAnAddressIsClosedWhileAnotherAddressIsServed() throws {
        let held = try (0..<Self.perAddress).map { _ in
            try RawHTTPConnection(port: live.server.port, source: "127.0.0.2")
        }
        for connection in held { connection.send("GET / HTTP/1.1\r\n") }
        let oneTooMany = try RawHTTPConnection(port: live.server.port, source: "127.0.0.2")
        #expect(oneTooMany.waitForClose(seconds: 10), "closed by the server (a loaded machine may take a moment)")
        #expect(try get("/healthz", from: "127.0.0.3") == [200])

        // The held ones are still open, and once one goes the address may connect again.
        #expect(!held[0].waitForClose(seconds: 0.3))
        // Shut down, not closed: its deinit closes the descriptor, and closing it twice could close someone else's.
        shutdown(held[0].socket, Int32(SHUT_RDWR))
        #expect(Signal.poll(timeoutSeconds: 5) { (try? self.get("/healthz", from: "127.0.0.2")) == [200] })
    }

    @Test func securityD6AHeaderTrickledAByteASecondIsCutOffAtTheDeadline() throws {
        let connection = try RawHTTPConnection(port: live.server.port, source: "127.0.0.4")
        let started = Date()
        connection.send("GET / HTTP/1.1\r\nHost: x\r\n")
        var cutOff = false
        for byte in Array(String(repeating: "X-Slow: a\r\n", count: 5).utf8) {
            if connection.waitForClose(seconds: 1) { cutOff = true; break }
            guard connection.send([byte]) else { cutOff = true; break }
        }
        let elapsed = Date().timeIntervalSince(started)
        #expect(cutOff)
        #expect(elapsed >= Double(Self.deadlineSeconds) - 0.1)
        #expect(elapsed < Double(Self.deadlineSeconds) + 2)
        #expect(live.server.connectionsClosedAtDeadline >= 1)
    }

    @Test func securityD6ARequestLineThatNeverEndsIsCutOffAtTheDeadline() throws {
        let connection = try RawHTTPConnection(port: live.server.port, source: "127.0.0.5")
        let started = Date()
        connection.send("GET /")
        var cutOff = false
        for _ in 0..<(Self.deadlineSeconds + 4) {
            if connection.waitForClose(seconds: 1) { cutOff = true; break }
            guard connection.send("a") else { cutOff = true; break }
        }
        #expect(cutOff)
        #expect(Date().timeIntervalSince(started) < Double(Self.deadlineSeconds) + 2)
    }

    @Test func securityD6TheNextRequestOnAKeptAliveConnectionHasItsOwnDeadline() throws {
        let connection = try RawHTTPConnection(port: live.server.port, source: "127.0.0.6")
        connection.send("GET /first HTTP/1.1\r\nHost: x\r\n\r\n")
        var first = [UInt8](repeating: 0, count: 4096)
        let count = recv(connection.socket, &first, first.count, 0)
        #expect(RawHTTPConnection.statuses(in: Array(first[..<max(0, count)])) == [200])
        let answered = Date()
        connection.send("GET /second HTTP/1.1\r\n")
        #expect(connection.waitForClose(seconds: Double(Self.deadlineSeconds) + 2))
        #expect(Date().timeIntervalSince(answered) >= Double(Self.deadlineSeconds) - 0.1)
    }

    @Test func aBodySentSlowlyButWithinTheDeadlineIsAnswered() throws {
        let connection = try RawHTTPConnection(port: live.server.port, source: "127.0.0.7", timeoutSeconds: 3)
        connection.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nConnection: close\r\n\r\n")
        for byte in Array("body".utf8) {
            Thread.sleep(forTimeInterval: 0.3)
            connection.send([byte])
        }
        let answer = connection.readAll().bytes
        #expect(RawHTTPConnection.statuses(in: answer) == [200])
        #expect(String(decoding: answer, as: UTF8.self).hasSuffix("ok 4"))
    }

    @Test func aHandlerSlowerThanTheDeadlineStillAnswers() throws {
        #expect(try RawHTTPConnection(port: live.server.port, source: "127.0.0.8", timeoutSeconds: 10).exchange(
            "GET /slow HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") == [200])
    }
}

extension RawHTTPConnection {
    /// Sends `request` and returns the statuses answered before the server closed or went quiet.
    fileprivate func exchange(_ request: String) -> [Int] {
        send(request)
        return Self.statuses(in: readAll().bytes)
    }
}
