import Dashboard
import Foundation
import HTTPTypes
import MentorApp
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// What the sign-in layer makes of each page result, in process over the harness's SQLite file: the viewer, filters
/// and form token the pages receive, and the answers for HTML, CSV, forbidden, not found and bad requests.
@Suite struct DashboardSiteTests {
    /// Pages that answer by path, as the integrator's pages do, and keep what they were asked.
    final class ScriptedPages: DashboardPages, @unchecked Sendable {
        private let lock = NSLock()
        private var received: [DashboardPageRequest] = []
        var requests: [DashboardPageRequest] { lock.withLock { received } }

        func render(_ request: DashboardPageRequest) -> DashboardPageResult {
            lock.withLock { received.append(request) }
            switch request.path {
            case "/": return .html("<!DOCTYPE html><title>overview</title><form method=\"post\" action=\"/dashboard/logout\"><input type=\"hidden\" name=\"token\" value=\"\(request.formToken)\"></form>")
            case "/participation.csv": return .csv(filename: "participation \"2026\".csv\r\nX-Evil: 1", text: "site,members\nTokyo,12\n")
            case "/equity": return .badRequest("A filter for <fewer than 5> people can't be shown.")
            case "/supply": return .forbidden
            default: return .notFound
            }
        }

        var stylesheet: String { "main { max-width: 60rem; }\n" }
    }

    let chat: ChatHarness
    let pages = ScriptedPages()
    let site: DashboardSite
    let base = "http://127.0.0.1:8080"

    init() throws {
        chat = try ChatHarness()
        try chat.grant(.sponsor, to: "chiyo@example.com")
        site = DashboardSite(signIn: chat.app.dashboardSignIn(), pages: pages, catalog: chat.assistant.messages, publicURL: base, logger: chat.logger)
    }

    func request(_ method: String, _ path: String, query: String = "", headers: [(String, String)] = [], body: String = "") -> HTTPResponse {
        site.respond(to: HTTPRequest(method: method, path: path, query: query, headers: HTTPHeaders(headers), body: Array(body.utf8)))
    }

    func signedIn(_ email: String = "chiyo@example.com") throws -> String {
        let person = try #require(try chat.directory.person(email: email))
        let token = try chat.app.dashboardSignIn().issueLink(for: person, by: "cli")
        let response = request("POST", "/dashboard/signin/" + token, headers: [("Origin", base)])
        #expect(response.status == 303)
        return String(try #require(response.headers["Set-Cookie"]).prefix { $0 != ";" })
    }

    @Test func thePagesGetTheViewerTheFiltersAndTheFormToken() throws {
        let cookie = try signedIn()
        let overview = request("GET", "/dashboard/", query: "period=90d&site=S%C3%A3o+Paulo", headers: [("Cookie", cookie)])
        #expect(overview.status == 200)
        #expect(overview.headers["Content-Type"] == "text/html; charset=utf-8")
        let asked = try #require(pages.requests.last)
        #expect(asked.path == "/")
        #expect(asked.viewer.scope == .aggregates && asked.viewer.displayName == "Chiyo Tanaka")
        #expect(asked.query.map { "\($0.name)=\($0.value)" } == ["period=90d", "site=São Paulo"])
        #expect(overview.bodyText.contains("value=\"\(asked.formToken)\""))
        #expect(try chat.auditLog().contains("chiyo@example.com view-dashboard / period=90d&site=S%C3%A3o%20Paulo"))
        // The page's own sign-out form works.
        let out = request("POST", "/dashboard/logout", headers: [("Origin", base), ("Cookie", cookie)], body: "token=\(asked.formToken)")
        #expect(out.status == 200)
    }

    @Test func aDownloadIsAnAttachmentWithASafeNameAndIsAuditedAsAnExport() throws {
        let cookie = try signedIn()
        let csv = request("GET", "/dashboard/participation.csv", query: "site=Tokyo", headers: [("Cookie", cookie)])
        #expect(csv.status == 200)
        #expect(csv.headers["Content-Type"] == "text/csv; charset=utf-8")
        #expect(csv.headers["Content-Disposition"] == "attachment; filename=\"participation2026.csvX-Evil1\"")
        #expect(csv.bodyText == "site,members\nTokyo,12\n")
        #expect(csv.headers["Cache-Control"] == "no-store")
        #expect(try chat.auditLog().contains("chiyo@example.com export-dashboard /participation.csv site=Tokyo"))
    }

    @Test func refusalsAndBadFiltersBecomeTheirPagesWithTheTextEscaped() throws {
        let cookie = try signedIn()
        let bad = request("GET", "/dashboard/equity", headers: [("Cookie", cookie)])
        #expect(bad.status == 400)
        #expect(bad.bodyText.contains("A filter for &lt;fewer than 5&gt; people can&#39;t be shown."))
        #expect(!bad.bodyText.contains("<fewer"))
        let forbidden = request("GET", "/dashboard/supply", headers: [("Cookie", cookie)])
        #expect(forbidden.status == 403 && forbidden.bodyText.contains("Not part of your view"))
        let missing = request("GET", "/dashboard/nothing", headers: [("Cookie", cookie)])
        #expect(missing.status == 404)
        let before = pages.requests.count
        #expect(request("GET", "/dashboard/audit", headers: [("Cookie", cookie)]).status == 403)
        #expect(pages.requests.count == before, "a sponsor's request for a people page never reaches the pages")
    }

    @Test func theContinuePageIsInTheHoldersLanguage() throws {
        _ = chat.say("language pt", as: "chiyo@example.com")
        let person = try #require(try chat.directory.person(email: "chiyo@example.com"))
        let token = try chat.app.dashboardSignIn().issueLink(for: person, by: "cli")
        let page = request("GET", "/dashboard/signin/" + token)
        #expect(page.status == 200)
        #expect(page.bodyText.contains("<html lang=\"pt\">") && page.bodyText.contains("Continuar"), "\(page.bodyText)")
        #expect(page.bodyText.contains("<link rel=\"stylesheet\" href=\"/dashboard/dashboard.css\">"))
        #expect(!page.bodyText.contains(token), "the page does not repeat the token")
    }

    @Test func theStylesheetIsThePagesOwnAndNeedsNoSession() {
        let css = request("GET", "/dashboard/dashboard.css")
        #expect(css.status == 200 && css.bodyText == "main { max-width: 60rem; }\n")
        #expect(css.headers["Cache-Control"] == "public, max-age=3600")
    }

    @Test func theOriginRulesFollowThePublicURLOrTheHost() {
        let configured = DashboardOrigin(publicURL: "https://Mentord.Example.com:443/base")
        #expect(configured.configured == "https://mentord.example.com" && configured.isSecure)
        let yes = HTTPRequest(method: "POST", path: "/", headers: ["Origin": "https://mentord.example.com", "Sec-Fetch-Site": "same-origin"])
        #expect(configured.allowsChange(yes))
        #expect(!configured.allowsChange(HTTPRequest(method: "POST", path: "/", headers: ["Origin": "https://mentord.example.com:8443"])))
        let unset = DashboardOrigin(publicURL: "")
        #expect(unset.configured == nil && !unset.isSecure)
        #expect(unset.allowsChange(HTTPRequest(method: "POST", path: "/", headers: ["Host": "127.0.0.1:9000", "Origin": "http://127.0.0.1:9000"])))
        #expect(!unset.allowsChange(HTTPRequest(method: "POST", path: "/", headers: ["Host": "127.0.0.1:9000", "Origin": "http://127.0.0.1:9001"])))
        #expect(!unset.allowsChange(HTTPRequest(method: "POST", path: "/", headers: ["Origin": "http://127.0.0.1:9000"])), "no Host, no origin to compare")
        #expect(!unset.allowsChange(HTTPRequest(method: "POST", path: "/", headers: ["Host": "a\"b", "Origin": "http://a\"b"])))
        // Under `Referrer-Policy: no-referrer` a browser's own-origin form says `Origin: null`; fetch metadata vouches.
        let host = ("Host", "127.0.0.1:9000")
        #expect(unset.allowsChange(HTTPRequest(method: "POST", path: "/", headers: HTTPHeaders([host, ("Origin", "null"), ("Sec-Fetch-Site", "same-origin")]))))
        #expect(!unset.allowsChange(HTTPRequest(method: "POST", path: "/", headers: HTTPHeaders([host, ("Origin", "null"), ("Sec-Fetch-Site", "same-site")]))))
        #expect(!unset.allowsChange(HTTPRequest(method: "POST", path: "/", headers: HTTPHeaders([host, ("Origin", "null")]))))
        #expect(!unset.allowsChange(HTTPRequest(method: "POST", path: "/", headers: HTTPHeaders([host, ("Sec-Fetch-Site", "same-origin")]))), "no Origin at all")
        #expect(!unset.allowsChange(HTTPRequest(method: "POST", path: "/", headers: HTTPHeaders([host, ("Origin", "http://127.0.0.1:9001"), ("Sec-Fetch-Site", "same-origin")]))))
    }

    @Test func noInputCrashesTheSite() throws {
        let cookie = try signedIn()
        let weird = ["/dashboard/%", "/dashboard/..%2F..%2Fetc", "/dashboard/signin/", "/dashboard/signin/a/b", "/dashboard/" + String(repeating: "x", count: 5000),
                     "/dashboard/\u{0}", "/dashboardx"]
        for path in weird {
            for method in ["GET", "POST", "HEAD"] {
                let response = request(method, path, query: "a=%ZZ&&=", headers: [("Cookie", cookie + "; mentord_session=; =x"), ("Origin", base)], body: "token=%")
                #expect([200, 303, 401, 403, 404, 410].contains(response.status), "\(method) \(path): \(response.status)")
                #expect(response.headers["Content-Security-Policy"] == DashboardSite.contentSecurityPolicy)
            }
        }
    }
}
