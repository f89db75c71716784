import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
import Synchronization
import Testing

@Suite("CurlHTTPClient against a live server")
final class HTTPClientResponseTests {
    let server: HTTPServer
    let client = CurlHTTPClient(proxy: ProxySettings())
    var baseURL: String { "http://127.0.0.1:\(server.port)" }

    init() throws {
        var router = Router()
        router.add("GET", "/multi") { _, _ in
            HTTPResponse(
                status: 200,
                headers: HTTPHeaders([("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("X-Trace", "  padded  ")]),
                body: Array("multi".utf8)
            )
        }
        router.add("GET", "/limited/seconds") { _, _ in
            HTTPResponse(status: 429, headers: ["Retry-After": "7"])
        }
        router.add("GET", "/limited/date") { _, _ in
            HTTPResponse(status: 503, headers: ["Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"])
        }
        router.add("POST", "/echo") { request, _ in
            HTTPResponse(
                status: 201, headers: ["Content-Type": request.headers["Content-Type"] ?? "none"], body: request.body)
        }
        router.add("GET", "/slow") { _, _ in
            Thread.sleep(forTimeInterval: 2)
            return .text("late")
        }
        server = HTTPServer(configuration: .init(host: "127.0.0.1", port: 0), handler: router.handle)
        try server.start()
    }

    deinit {
        server.shutdown(timeoutSeconds: 5)
    }

    @Test func multiValuedHeadersAreKeptInOrder() throws {
        let response = try client.send(HTTPClientRequest(url: baseURL + "/multi"))
        #expect(response.status == 200)
        #expect(response.headers.values("set-cookie") == ["a=1", "b=2"])
        #expect(response.headers["x-trace"] == "padded")
        #expect(response.bodyText == "multi")
    }

    @Test func retryAfterInSecondsIsRead() throws {
        let response = try client.send(HTTPClientRequest(url: baseURL + "/limited/seconds"))
        #expect(response.status == 429)
        #expect(response.retryAfterSeconds(now: 0) == 7)
    }

    @Test func retryAfterAsHTTPDateIsRead() throws {
        let response = try client.send(HTTPClientRequest(url: baseURL + "/limited/date"))
        let date = try #require(HTTPDate.parse("Wed, 21 Oct 2015 07:28:00 GMT"))
        #expect(response.status == 503)
        #expect(response.retryAfterSeconds(now: date - 30) == 30)
        #expect(response.retryAfterSeconds(now: date + 30) == 0)
    }

    @Test func interimContinueResponseIsDropped() throws {
        let body = Array(repeating: UInt8(ascii: "x"), count: 2000)
        let response = try client.send(
            HTTPClientRequest(
                method: "POST", url: baseURL + "/echo",
                headers: ["Expect": "100-continue", "Content-Type": "text/plain"], body: body
            )
        )
        #expect(response.status == 201)
        #expect(response.body == body)
        #expect(response.headers["Content-Type"] == "text/plain")
        #expect(response.headers.values("Content-Length") == ["2000"])
    }

    @Test func bodyWithoutContentTypeIsNotLabelledAsAForm() throws {
        let response = try client.send(HTTPClientRequest(method: "POST", url: baseURL + "/echo", body: [1, 2, 3]))
        #expect(response.headers["Content-Type"] == "none")
        #expect(response.body == [1, 2, 3])
    }

    /// File uploads (issue 17: calendar files to Discord, Mattermost and Zulip) are multipart bodies libcurl encodes.
    @Test func formPartsArePostedAsMultipartFormData() throws {
        var request = HTTPClientRequest(method: "POST", url: baseURL + "/echo", headers: ["Authorization": "Bot x"])
        request.formParts = [
            FormPart(name: "payload_json", data: Array(#"{"content":""}"#.utf8), contentType: "application/json"),
            FormPart(name: "files[0]", data: Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8), filename: "invite.ics", contentType: "text/calendar"),
        ]
        let response = try client.send(request)
        #expect(response.status == 201)
        let type = response.headers["Content-Type"] ?? ""
        let boundary = try #require(type.firstMatch(of: /^multipart\/form-data; boundary=(.+)$/).map { String($0.1) }, "\(type)")
        let body = String(decoding: response.body, as: UTF8.self)
        #expect(body.hasPrefix("--\(boundary)\r\nContent-Disposition: form-data; name=\"payload_json\"\r\nContent-Type: application/json\r\n\r\n{\"content\":\"\"}\r\n"), "\(body)")
        #expect(body.contains("Content-Disposition: form-data; name=\"files[0]\"; filename=\"invite.ics\"\r\nContent-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n\r\n--\(boundary)--"), "\(body)")
    }

    @Test func slowServerGivesTimedOut() throws {
        let request = HTTPClientRequest(url: baseURL + "/slow?token=secret", timeoutSeconds: 0.3)
        #expect(throws: HTTPClientError.timedOut(url: baseURL)) { try client.send(request) }
    }

    @Test func refusedConnectionGivesConnectionFailed() throws {
        let closed = HTTPServer(configuration: .init(host: "127.0.0.1", port: 0)) { _ in .text("ok") }
        try closed.start()
        let port = closed.port
        closed.shutdown()
        do {
            _ = try client.send(HTTPClientRequest(url: "http://127.0.0.1:\(port)/bot123:SECRET/sendMessage"))
            Issue.record("expected the connection to be refused")
        } catch let error as HTTPClientError {
            guard case .connectionFailed(let url, _) = error else {
                Issue.record("expected connectionFailed, got \(error)")
                return
            }
            #expect(url == "http://127.0.0.1:\(port)")
            #expect(!error.description.contains("SECRET"))
        }
    }

    @Test(arguments: ["ftp://example.com/file", "not a url", "http:///path-only", "file:///etc/passwd"])
    func nonHTTPURLIsInvalid(url: String) {
        #expect {
            try client.send(HTTPClientRequest(url: url))
        } throws: { error in
            guard case .invalidURL = error as? HTTPClientError else { return false }
            return true
        }
    }

    @Test func manyThreadsShareOneClient() throws {
        let url = baseURL + "/multi"
        let client = client
        let statuses = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 20) { _ in
            let status = (try? client.send(HTTPClientRequest(url: url)))?.status ?? 0
            statuses.withLock { $0.append(status) }
        }
        #expect(statuses.withLock { $0 } == Array(repeating: 200, count: 20))
    }
}
