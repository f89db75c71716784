import Foundation
import HTTPClient
import HTTPTypes
import Testing

/// `maximumResponseBytes` stops a transfer while the body streams in, also when no Content-Length announces it.
@Suite struct ResponseLimitTests {
    /// A one-connection server (Python's standard library) that streams up to 64 MB with no Content-Length, then
    /// prints how many bytes it managed to send before the client hung up.
    static let endlessBody = """
        import socket
        server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen(1)
        print(server.getsockname()[1], flush=True)
        connection, _ = server.accept(); connection.recv(65536)
        connection.sendall(b"HTTP/1.1 200 OK\\r\\nContent-Type: text/calendar\\r\\nConnection: close\\r\\n\\r\\n")
        sent = 0
        try:
            while sent < 64 * 1024 * 1024:
                connection.sendall(b"X" * 65536); sent += 65536
        except OSError:
            pass
        print(sent, flush=True)
        """

    @Test func securityD4AnEndlessFeedIsCutOffAtTheCapWhileStreaming() throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", Self.endlessBody]
        let output = Pipe()
        python.standardOutput = output
        try python.run()
        defer { if python.isRunning { python.terminate() } }
        var printed = Data()
        while !printed.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            printed.append(chunk)
        }
        let port = try #require(Int(String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        let client = GuardedHTTPClient(
            policy: FetchPolicy(addresses: AddressPolicy(allowing: ["127.0.0.1"]), httpHosts: ["127.0.0.1"]), proxy: ProxySettings()
        )
        let limit = 1_048_576
        #expect(throws: FetchRefusal.tooLarge(limit: limit)) {
            try client.send(HTTPClientRequest(url: "http://127.0.0.1:\(port)/feed.ics", timeoutSeconds: 20, maximumResponseBytes: limit))
        }
        python.waitUntilExit()
        let sent = Int(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(try #require(sent) < 64 * 1024 * 1024, "the client hung up instead of reading everything")
    }

    @Test func anAnnouncedLengthOverTheCapIsRefusedBeforeTheBody() throws {
        let server = try LoopbackServer { _ in HTTPResponse(status: 200, body: Array(repeating: UInt8(ascii: "X"), count: 2_000_000)) }
        let client = CurlHTTPClient(proxy: ProxySettings())
        #expect(throws: HTTPClientError.responseTooLarge(url: server.origin, limit: 1000)) {
            try client.send(HTTPClientRequest(url: server.origin + "/big", maximumResponseBytes: 1000))
        }
        #expect(try client.send(HTTPClientRequest(url: server.origin + "/big")).body.count == 2_000_000, "no limit, no cut")
    }
}
