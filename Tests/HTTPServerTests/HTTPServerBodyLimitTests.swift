import HTTPClient
import HTTPServer
import HTTPTypes
import Testing

@Suite("HTTP server body limit")
final class HTTPServerBodyLimitTests {
    static let limit = 1024
    let handled = LockedBox<[Int]>([])
    let completed = LockedBox<[CompletedRequest]>([])
    let live: LiveServer
    let client = CurlHTTPClient(proxy: ProxySettings())

    init() throws {
        let handled = handled
        let completed = completed
        live = try LiveServer(
            bodyLimitBytes: Self.limit, onCompleted: { request in completed.update { $0.append(request) } }
        ) {
            request in
            handled.update { $0.append(request.body.count) }
            let framing = request.headers["Transfer-Encoding"] ?? "length"
            return .text("got \(request.body.count) by \(framing)")
        }
    }

    deinit {
        live.server.shutdown()
    }

    @Test func bodyExactlyAtTheLimitIsAccepted() throws {
        let response = try client.send(live.request("POST", "/upload", body: Array(repeating: 7, count: Self.limit)))
        #expect(response.status == 200)
        #expect(response.bodyText == "got \(Self.limit) by length")
    }

    @Test func bodyOneByteOverTheLimitGets413WithoutReachingTheHandler() throws {
        let response = try client.send(
            live.request("POST", "/upload", body: Array(repeating: 7, count: Self.limit + 1)))
        #expect(response.status == 413)
        #expect(response.headers["X-Request-Id"] != nil)
        #expect(handled.get().isEmpty)
    }

    @Test func declaredContentLengthOverTheLimitGets413BeforeTheBodyIsSent() throws {
        // With `Expect: 100-continue` the client waits for the server's go-ahead, which a 413 replaces.
        let response = try client.send(
            live.request(
                "PUT", "/upload", headers: ["Expect": "100-continue"], body: Array(repeating: 1, count: 10 * Self.limit)
            )
        )
        #expect(response.status == 413)
        #expect(handled.get().isEmpty)
    }

    @Test func streamedChunkedBodyOverTheLimitGets413() throws {
        let response = try client.send(
            live.request(
                "POST", "/upload", headers: ["Transfer-Encoding": "chunked"],
                body: Array(repeating: 2, count: Self.limit + 1)
            )
        )
        #expect(response.status == 413)
        #expect(handled.get().isEmpty)
    }

    @Test func streamedChunkedBodyWithinTheLimitIsAccepted() throws {
        let response = try client.send(
            live.request(
                "POST", "/upload", headers: ["Transfer-Encoding": "chunked"], body: Array(repeating: 2, count: 600))
        )
        #expect(response.status == 200)
        #expect(response.bodyText == "got 600 by chunked")
    }

    @Test func completedRequestsAreReportedWithStatusAndSize() throws {
        _ = try client.send(live.request("POST", "/upload?secret=no", body: Array(repeating: 7, count: 10)))
        _ = try client.send(live.request("POST", "/upload", body: Array(repeating: 7, count: Self.limit + 1)))
        // The report comes after the response is written, so it may trail the client's receipt slightly.
        #expect(Signal.poll(timeoutSeconds: 30) { self.completed.get().count == 2 })
        let reported = completed.get()
        #expect(reported.map(\.status) == [200, 413])
        #expect(reported.map(\.path) == ["/upload", "/upload"])
        #expect(reported.map(\.method) == ["POST", "POST"])
        #expect(reported.first?.bytesIn == 10)
        #expect(reported.allSatisfy { $0.durationSeconds >= 0 && $0.requestID.count == 16 })
    }
}
