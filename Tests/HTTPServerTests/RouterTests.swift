import HTTPServer
import HTTPTypes
import Testing

@Suite("Router, in process")
struct RouterTests {
    static func router() -> Router {
        var router = Router()
        router.add("GET", "/ics/:token") { _, parameters in .text("token \(parameters["token"] ?? "?")") }
        router.add("GET", "/ics/help") { _, _ in .text("help") }
        router.add("POST", "/ics/:token") { _, _ in .text("posted") }
        router.add("GET", "/teams/:team/members/:member") { _, parameters in
            .text("\(parameters["team"] ?? "?")/\(parameters["member"] ?? "?")")
        }
        return router
    }

    let router = Self.router()

    func answer(_ method: String, _ path: String) -> HTTPResponse {
        router.handle(HTTPRequest(method: method, path: path))
    }

    @Test func literalSegmentBeatsParameterWhateverTheOrderAdded() {
        #expect(answer("GET", "/ics/help").bodyText == "help")
        #expect(answer("GET", "/ics/abc").bodyText == "token abc")
    }

    @Test func parametersArePercentDecodedButPlusStaysLiteral() {
        #expect(answer("GET", "/ics/a%2Fb+c").bodyText == "token a/b+c")
    }

    @Test func severalParametersAreCaptured() {
        #expect(answer("GET", "/teams/blue/members/ana").bodyText == "blue/ana")
    }

    @Test func repeatedAndTrailingSlashesDoNotMatter() {
        #expect(answer("GET", "//ics/abc/").bodyText == "token abc")
    }

    @Test func malformedEscapeInAParameterIsNotFound() {
        #expect(answer("GET", "/ics/%zz").status == 404)
    }

    @Test func methodIsMatchedPerPath() {
        #expect(answer("POST", "/ics/abc").bodyText == "posted")
        let refused = answer("PUT", "/ics/abc")
        #expect(refused.status == 405)
        #expect(refused.headers["Allow"] == "GET, POST, HEAD")
    }

    @Test func headFallsBackToGet() {
        #expect(answer("HEAD", "/ics/abc").bodyText == "token abc")
    }

    @Test func emptyRouterAnswers404() {
        #expect(Router().handle(HTTPRequest(method: "GET", path: "/")).status == 404)
    }
}
