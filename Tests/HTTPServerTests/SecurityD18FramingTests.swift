import HTTPServer
import HTTPTypes
import Testing

/// D18: framing that lets a proxy and this server disagree on where a request ends is refused with 400, and the
/// connection is closed so nothing behind it is read as another request. Each case is sent as exact bytes.
@Suite("HTTP server framing (D18)")
final class SecurityD18FramingTests {
    let seen = LockedBox<[String]>([])
    let live: LiveServer

    init() throws {
        let seen = seen
        live = try LiveServer { request in
            seen.update { $0.append("\(request.method) \(request.path)") }
            let headers = request.headers.fields.map { "\($0.name)=\($0.value)" }.joined(separator: ";")
            return .text("\(request.method) \(request.path) \(request.body.count) [\(headers)]")
        }
    }

    deinit { live.server.shutdown() }

    /// Sends `request` on a fresh connection: the statuses answered, whether the server closed, and the raw text.
    func exchange(_ request: String) throws -> (statuses: [Int], closed: Bool, text: String) {
        let connection = try RawHTTPConnection(port: live.server.port, timeoutSeconds: 2)
        connection.send(request)
        let (bytes, closed) = connection.readAll()
        return (RawHTTPConnection.statuses(in: bytes), closed, String(decoding: bytes, as: UTF8.self))
    }

    @Test func aWellFramedRequestThroughTheRawConnectionIsAnswered() throws {
        let answer = try exchange("POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
        #expect(answer.statuses == [200])
        #expect(answer.text.hasSuffix("POST /hook 5 [Host=x;Content-Length=5]"))
        #expect(!answer.closed)
    }

    @Test func securityD18ContentLengthWithTransferEncodingIsRefusedAndNothingBehindItIsServed() throws {
        let answer = try exchange(
            "POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                + "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(answer.statuses == [400])
        #expect(answer.closed)
        #expect(seen.get().isEmpty)
    }

    @Test func securityD18TwoContentLengthsAreRefused() throws {
        let answer = try exchange("POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 50\r\n\r\nhello")
        #expect(answer.statuses == [400])
        #expect(answer.closed)
        #expect(seen.get().isEmpty)
    }

    @Test(arguments: ["Content-Length : 5", "Content-Length\t: 5"])
    func securityD18WhitespaceBeforeTheColonIsRefused(_ field: String) throws {
        let answer = try exchange("POST /hook HTTP/1.1\r\nHost: x\r\n\(field)\r\n\r\nhello")
        #expect(answer.statuses == [400])
        #expect(answer.closed)
        #expect(seen.get().isEmpty)
    }

    @Test(arguments: ["chunked, identity", "xchunked", "gzip, chunked", "chunked, chunked"])
    func securityD18ATransferEncodingOtherThanChunkedIsRefusedAtOnce(_ encoding: String) throws {
        let answer = try exchange("POST /hook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: \(encoding)\r\n\r\n0\r\n\r\n")
        #expect(answer.statuses == [400])
        #expect(answer.closed)
        #expect(seen.get().isEmpty)
    }

    @Test func securityD18TwoTransferEncodingHeadersAreRefused() throws {
        let answer = try exchange(
            "POST /hook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        #expect(answer.statuses == [400])
        #expect(answer.closed)
    }

    @Test func securityD18AnHTTP11RequestWithoutHostIsRefused() throws {
        let answer = try exchange("GET /hook HTTP/1.1\r\n\r\n")
        #expect(answer.statuses.first == 400)
        #expect(answer.closed)
        #expect(seen.get().isEmpty)
    }

    /// libmicrohttpd 0.9.75 glues an obs-fold continuation onto the previous header's *name* (`X-A: b` + ` c` arrives
    /// as `X-Ac: b`), so a fold never becomes a header of its own; one carrying a field is no token and is refused.
    @Test func securityD18AFoldedLineCarryingAHeaderIsRefused() throws {
        let answer = try exchange(
            "POST /hook HTTP/1.1\r\nHost: x\r\nX-A: b\r\n Transfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\nz")
        #expect(answer.statuses == [400])
        #expect(answer.closed)
        #expect(seen.get().isEmpty)
    }

    /// libmicrohttpd 0.9.75 has no switch for bare LF: it ends a line, exactly as in nginx, so the two agree on where
    /// each header (and the request) ends. Pinned here so a change in either is noticed.
    @Test func aBareLineFeedEndsAHeaderLineAsInNginx() throws {
        let answer = try exchange("POST /hook HTTP/1.1\nHost: x\nContent-Length: 2\nX-A: b\n\nhi")
        #expect(answer.statuses == [200])
        #expect(answer.text.hasSuffix("POST /hook 2 [Host=x;Content-Length=2;X-A=b]"))
    }
}
