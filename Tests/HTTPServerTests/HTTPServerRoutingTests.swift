import HTTPClient
import HTTPServer
import HTTPTypes
import Testing

@Suite("HTTP server routing, over real TCP")
final class HTTPServerRoutingTests {
    static func router() -> Router {
        var router = Router()
        router.add("GET", "/healthz") { _, _ in .text("ok\n") }
        router.add("GET", "/hello/:name") { request, parameters in
            .text("hello \(parameters["name"] ?? "?") query=\(request.query)")
        }
        router.add("POST", "/echo") { request, _ in HTTPResponse(status: 200, body: request.body) }
        return router
    }

    let live: LiveServer
    let client = CurlHTTPClient(proxy: ProxySettings())

    init() throws {
        let router = Self.router()
        live = try LiveServer(handler: router.handle)
    }

    deinit {
        live.server.shutdown()
    }

    @Test func healthzAnswers200() throws {
        let response = try client.send(live.request("GET", "/healthz"))
        #expect(response.status == 200)
        #expect(response.bodyText == "ok\n")
    }

    @Test func knownRouteGetsItsParametersAndQuery() throws {
        let response = try client.send(live.request("GET", "/hello/Ana%20Lu?lang=pt&x=1"))
        #expect(response.status == 200)
        #expect(response.bodyText == "hello Ana Lu query=lang=pt&x=1")
    }

    @Test func unknownPathGets404() throws {
        let response = try client.send(live.request("GET", "/nope"))
        #expect(response.status == 404)
    }

    @Test func wrongMethodGets405WithAllow() throws {
        let response = try client.send(live.request("DELETE", "/healthz"))
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, HEAD")
    }

    @Test func headIsServedByTheGetRouteWithoutABody() throws {
        let response = try client.send(live.request("HEAD", "/healthz"))
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        #expect(response.headers["Content-Length"] == "3")
    }

    @Test func postBodyArrivesByteForByte() throws {
        let binary = (0..<4).flatMap { _ in (0...255).map { UInt8($0) } }
        let response = try client.send(
            live.request("POST", "/echo", headers: ["Content-Type": "application/octet-stream"], body: binary)
        )
        #expect(response.status == 200)
        #expect(response.body == binary)
    }

    @Test func fiftyConcurrentRequestsAllSucceed() throws {
        let client = client
        let live = live
        let bodies = inParallel(50) { index in
            (try? client.send(live.request("GET", "/hello/\(index)")))?.bodyText
        }
        #expect(bodies == (0..<50).map { "hello \($0) query=" })
    }

    @Test func requestIDIsEchoedWhenSafe() throws {
        let response = try client.send(live.request("GET", "/healthz", headers: ["X-Request-Id": "abc.DEF_123-x"]))
        #expect(response.headers["X-Request-Id"] == "abc.DEF_123-x")
    }

    @Test(arguments: [nil, "has space", String(repeating: "a", count: 65), "semi;colon"])
    func requestIDIsGeneratedWhenMissingOrUnsafe(incoming: String?) throws {
        var headers = HTTPHeaders()
        if let incoming { headers.append("X-Request-Id", incoming) }
        let response = try client.send(live.request("GET", "/healthz", headers: headers))
        let id = try #require(response.headers["X-Request-Id"])
        #expect(id.count == 16)
        #expect(id.allSatisfy { $0.isHexDigit })
    }

    @Test func handlerSeesTheRequestIDItAnswersWith() throws {
        let live = try LiveServer { request in .text(request.requestID) }
        defer { live.server.shutdown() }
        let response = try client.send(live.request("GET", "/"))
        #expect(response.bodyText == response.headers["X-Request-Id"])
    }
}
