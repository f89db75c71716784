import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
import Testing

/// The name metrics and logs give a request: its route's pattern, which never carries the path's parameters.
@Suite struct RoutePatternNameTests {
    static func router() -> Router {
        var router = Router()
        router.add("GET", "/ics/:token") { _, _ in .text("ics") }
        router.add("GET", "/ics/help") { _, _ in .text("help") }
        router.add("POST", "/slack/commands") { _, _ in .text("slack") }
        return router
    }

    let router = Self.router()

    @Test func theRouteThatAnswersNamesThePath() {
        let token = "5f0c6a9d2e7b4c1a8f3e6d9b2c5a8f1e"
        let answered = router.respond(to: HTTPRequest(method: "GET", path: "/ics/\(token).ics"))
        #expect(answered.response.bodyText == "ics")
        #expect(answered.route == "/ics/:token")
        #expect(router.respond(to: HTTPRequest(method: "GET", path: "/ics/help")).route == "/ics/help")
        #expect(router.respond(to: HTTPRequest(method: "HEAD", path: "/ics/abc")).route == "/ics/:token", "HEAD is answered by GET")
        let wrongMethod = router.respond(to: HTTPRequest(method: "GET", path: "//slack/commands/"))
        #expect(wrongMethod.response.status == 405)
        #expect(wrongMethod.route == "/slack/commands", "a 405 still names its route")
        let unknown = router.respond(to: HTTPRequest(method: "GET", path: "/nothing/here"))
        #expect(unknown.response.status == 404)
        #expect(unknown.route == nil)
        #expect(router.pattern(method: "GET", path: "/ics/\(token).ics") == "/ics/:token")
        #expect(router.pattern(method: "PUT", path: "/ics/help") == "/ics/help")
        #expect(router.pattern(method: "GET", path: "/nothing") == nil)
    }

    @Test func aServerGivenTheRouterReportsTheRouteOfEachCompletedRequest() throws {
        let completed = LockedBox<[CompletedRequest]>([])
        let server = HTTPServer(configuration: HTTPServerConfiguration(host: "127.0.0.1", port: 0, bodyLimitBytes: 64), router: router) { request in
            completed.update { $0.append(request) }
        }
        try server.start()
        defer { server.shutdown() }
        let client = CurlHTTPClient(proxy: ProxySettings())
        let base = "http://127.0.0.1:\(server.port)"
        #expect(try client.send(HTTPClientRequest(method: "GET", url: base + "/ics/0123abcd.ics")).bodyText == "ics")
        #expect(try client.send(HTTPClientRequest(method: "GET", url: base + "/missing")).status == 404)
        #expect(try client.send(HTTPClientRequest(method: "POST", url: base + "/slack/commands", body: Array(repeating: 65, count: 500))).status == 413)
        let deadline = Date() + 5
        while completed.get().count < 3, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        let reports = completed.get().sorted { $0.path < $1.path }
        #expect(reports.map(\.path) == ["/ics/0123abcd.ics", "/missing", "/slack/commands"])
        #expect(reports.map(\.route) == ["/ics/:token", nil, nil], "a 413 is refused before routing")
    }
}
