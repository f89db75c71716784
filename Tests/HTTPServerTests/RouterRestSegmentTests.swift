import HTTPServer
import HTTPTypes
import Testing

/// A last `*name` segment takes the rest of the path, nothing included, and yields to literals and parameters
/// (the dashboard is one route, `/dashboard/*page`).
@Suite("Router, rest segments")
struct RouterRestSegmentTests {
    static func router() -> Router {
        var router = Router()
        router.add("GET", "/dashboard/*page") { _, parameters in .text("page \(parameters["page"] ?? "?")") }
        router.add("POST", "/dashboard/*page") { _, _ in .text("posted") }
        router.add("GET", "/dashboard/dashboard.css") { _, _ in .text("css") }
        router.add("GET", "/dashboard/signin/:token") { _, parameters in .text("signin \(parameters["token"] ?? "?")") }
        router.add("GET", "/ics/:token") { _, _ in .text("ics") }
        return router
    }

    let router = Self.router()

    func answer(_ method: String, _ path: String) -> HTTPResponse {
        router.handle(HTTPRequest(method: method, path: path))
    }

    @Test func theRestIsEverythingBelowThePrefixNothingIncluded() {
        #expect(answer("GET", "/dashboard").bodyText == "page ")
        #expect(answer("GET", "/dashboard/").bodyText == "page ")
        #expect(answer("GET", "/dashboard/participation").bodyText == "page participation")
        #expect(answer("GET", "/dashboard/at-risk/people.csv").bodyText == "page at-risk/people.csv")
        #expect(answer("GET", "/dashboards").status == 404, "a prefix of a segment is not the segment")
        #expect(answer("GET", "/other/dashboard").status == 404)
    }

    @Test func literalsAndParametersBeatTheRest() {
        #expect(answer("GET", "/dashboard/dashboard.css").bodyText == "css")
        #expect(answer("GET", "/dashboard/signin/abc").bodyText == "signin abc")
        #expect(answer("GET", "/dashboard/signin/abc/more").bodyText == "page signin/abc/more", "deeper than the parameter route")
        #expect(answer("GET", "/ics/x").bodyText == "ics")
    }

    @Test func methodsStillMatterAndHeadIsServedByGet() {
        #expect(answer("POST", "/dashboard/logout").bodyText == "posted")
        #expect(answer("HEAD", "/dashboard/").status == 200)
        let put = answer("PUT", "/dashboard/")
        #expect(put.status == 405)
        #expect(put.headers["Allow"] == "GET, POST, HEAD")
    }
}
