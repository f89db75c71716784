import HTTPServer
import HTTPTypes
import Testing

/// `Router.pattern(method:path:)`: the name metrics and logs give a request, which never carries its parameters.
@Suite struct RoutePatternNameTests {
    let router: Router = {
        var router = Router()
        router.add("GET", "/ics/:token") { _, _ in .text("") }
        router.add("GET", "/ics/help") { _, _ in .text("") }
        router.add("POST", "/slack/commands") { _, _ in .text("") }
        return router
    }()

    @Test func theMostSpecificRouteNamesThePath() {
        #expect(router.pattern(method: "GET", path: "/ics/5f0c6a9d2e7b4c1a8f3e6d9b2c5a8f1e.ics") == "/ics/:token")
        #expect(router.pattern(method: "GET", path: "/ics/help") == "/ics/help")
        #expect(router.pattern(method: "HEAD", path: "/ics/abc") == "/ics/:token", "HEAD is answered by GET")
        #expect(router.pattern(method: "GET", path: "//slack/commands/") == "/slack/commands", "a 405 still names its route")
        #expect(router.pattern(method: "GET", path: "/nothing/here") == nil)
    }
}
