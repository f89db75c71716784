import Dashboard
import Foundation
import HTTPClient
import HTTPTypes
import MentorApp
import MentorAppTesting
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// The dashboard's sign-in against the real `mentord serve` on a free port, through the project's libcurl client:
/// the Continue page, the cookie's attributes, the security headers, the Origin and form-token checks, and the
/// 401/403/404/410 pages.
@Suite(.serialized) struct DashboardHTTPTests {
    let folder = TemporaryDirectory()
    let client = CurlHTTPClient()
    static let programManager = "alice.nguyen@example.com"
    static let sponsor = "chinedu.obi@example.com"
    static let manager = "amaka.okafor@example.com"

    var data: String { folder.file("data") }

    /// A daemon on the sample organisation with a program manager, a sponsor and a manager.
    func startDaemon(_ extra: [String: String] = [:]) throws -> (DaemonProcess, String) {
        let daemon = try DaemonProcess(["serve"], environment: [
            "MENTORD_DATA_DIR": data, "MENTORD_HTTP_PORT": "0", "MENTORD_HTTP_HOST": "127.0.0.1", "MENTORD_ORG_SEED_CSV": "Config/sample-org.csv",
            "MENTORD_LOG_LEVEL": "debug",
        ].merging(extra) { $1 })
        let port = try daemon.waitForPort()
        for (email, role) in [(Self.programManager, "program-manager"), (Self.sponsor, "sponsor"), (Self.manager, "manager")] {
            #expect(cli("role grant \(email) \(role)", extra).status == 0)
        }
        return (daemon, "http://127.0.0.1:\(port)")
    }

    /// `mentord ARGUMENTS` in process, on the daemon's data directory.
    func cli(_ arguments: String, _ extra: [String: String] = [:]) -> (status: Int32, output: String, errors: String) {
        let captured = CapturedTerminal(environment: [
            "MENTORD_DATA_DIR": data, "MENTORD_PROMPTS_DIR": ChatHarness.promptsDirectory, "MENTORD_LOG_LEVEL": "warning",
        ].merging(extra) { $1 })
        let status = MentordCLI.run(arguments.split(separator: " ").map(String.init), terminal: captured.terminal)
        return (status, captured.standardOutput, captured.standardError)
    }

    /// A fresh sign-in link for `email`, as `mentord dashboard-link` prints it.
    func link(for email: String, _ extra: [String: String] = [:]) throws -> String {
        let printed = cli("dashboard-link \(email)", extra)
        #expect(printed.status == 0, "\(printed.errors)")
        return try #require(printed.output.split(separator: "\n").map(String.init).first { $0.contains("/dashboard/signin/") })
    }

    func send(_ method: String, _ url: String, headers: [(String, String)] = [], body: String = "") throws -> HTTPResponse {
        try client.send(HTTPClientRequest(method: method, url: url, headers: HTTPHeaders(headers), body: Array(body.utf8)))
    }

    /// Signs in with a new link for `email` and returns the `Cookie` header value.
    func signIn(_ email: String, base: String) throws -> String {
        let url = try link(for: email)
        let response = try send("POST", url, headers: [("Origin", base), ("Sec-Fetch-Site", "same-origin")])
        #expect(response.status == 303)
        let cookie = try #require(response.headers["Set-Cookie"])
        return String(cookie.prefix { $0 != ";" })
    }

    func auditLog() throws -> [String] {
        let database = try Database(path: data + "/mentord.sqlite")
        return try SQLiteAuditLog(database: database).entries().map { "\($0.actor) \($0.action.rawValue) \($0.subject) \($0.detail)" }
    }

    func expectSecurityHeaders(_ response: HTTPResponse, cacheable: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.headers["Content-Security-Policy"] == DashboardSite.contentSecurityPolicy, sourceLocation: sourceLocation)
        #expect(response.headers["X-Content-Type-Options"] == "nosniff", sourceLocation: sourceLocation)
        #expect(response.headers["Referrer-Policy"] == "no-referrer", sourceLocation: sourceLocation)
        #expect(response.headers["X-Frame-Options"] == "DENY", sourceLocation: sourceLocation)
        #expect((response.headers["Cache-Control"] == "no-store") != cacheable, "\(response.headers["Cache-Control"] ?? "")", sourceLocation: sourceLocation)
    }

    @Test func aLinkShowsContinueThenItsPostSetsAStrictCookieAndOpensTheOverviewOnce() throws {
        let (daemon, base) = try startDaemon()
        let url = try link(for: Self.sponsor)
        #expect(url.hasPrefix(base + "/dashboard/signin/"), "no public URL: the running daemon's address")
        for _ in 0..<2 {
            // A chat unfurler or a mail scanner fetches the link: it sees the button and spends nothing.
            let page = try send("GET", url)
            #expect(page.status == 200)
            #expect(page.bodyText.contains("<form method=\"post\"><button type=\"submit\">Continue</button></form>"))
            #expect(page.bodyText.contains("You are signing in as Chinedu Obi"))
            expectSecurityHeaders(page)
        }
        let spent = try send("POST", url, headers: [("Origin", base), ("Sec-Fetch-Site", "same-origin")])
        #expect(spent.status == 303)
        #expect(spent.headers["Location"] == "/dashboard/")
        let cookie = try #require(spent.headers["Set-Cookie"])
        #expect(cookie.hasPrefix("mentord_session="))
        for attribute in ["HttpOnly", "SameSite=Strict", "Path=/dashboard"] { #expect(cookie.contains("; \(attribute)"), "\(cookie)") }
        #expect(!cookie.contains("Secure"), "plain http: no Secure")
        expectSecurityHeaders(spent)
        let overview = try send("GET", base + "/dashboard/", headers: [("Cookie", String(cookie.prefix { $0 != ";" }))])
        #expect(overview.status == 200)
        #expect(overview.bodyText.contains("Chinedu Obi"))
        expectSecurityHeaders(overview)
        let again = try send("POST", url, headers: [("Origin", base), ("Sec-Fetch-Site", "same-origin")])
        #expect(again.status == 410, "a second use fails")
        #expect(again.bodyText.contains("This link no longer works") && again.bodyText.contains("type dashboard in a chat with mentord"))
        #expect(try send("GET", url).status == 410)
        let log = try auditLog()
        #expect(log.contains("cli issue-dashboard-link \(Self.sponsor) "))
        #expect(log.contains("\(Self.sponsor) dashboard-sign-in \(Self.sponsor) aggregates"))
        #expect(log.contains("\(Self.sponsor) view-dashboard / "))
        #expect(log.contains("unknown dashboard-sign-in-failed signin "))
        #expect(daemon.stop().status == 0)
        let token = String(url.split(separator: "/").last!)
        #expect(daemon.standardError.contains("/dashboard/signin/…"), "the request log shows sign-ins")
        #expect(!daemon.standardError.contains(token), "but never the token (finding D19)")
    }

    @Test func withAnHttpsPublicURLTheCookieIsSecureAndOnlyThatOriginMayPost() throws {
        let https = ["MENTORD_SCHEDULING_PUBLIC_URL": "https://mentord.example.com"]
        let (daemon, base) = try startDaemon(https)
        let url = try link(for: Self.programManager, https)
        #expect(url.hasPrefix("https://mentord.example.com/dashboard/signin/"))
        // The test reaches the daemon directly, as the TLS proxy in front of it would.
        let direct = url.replacingOccurrences(of: "https://mentord.example.com", with: base)
        #expect(try send("POST", direct, headers: [("Origin", base)]).status == 403, "the listener's own address is not the public origin")
        let spent = try send("POST", direct, headers: [("Origin", "https://mentord.example.com"), ("Sec-Fetch-Site", "same-origin")])
        #expect(spent.status == 303)
        let cookie = try #require(spent.headers["Set-Cookie"])
        #expect(cookie.hasSuffix("; Secure"), "\(cookie)")
        #expect(cookie.contains("; HttpOnly; SameSite=Strict"))
        #expect(daemon.stop().status == 0)
    }

    @Test func crossSiteAndTokenlessPostsAreRefusedAndChangeNothing() throws {
        let (daemon, base) = try startDaemon()
        let cookie = try signIn(Self.programManager, base: base)
        let database = try Database(path: data + "/mentord.sqlite")
        let formToken = try #require(try database.read { connection in
            try connection.queryFirst("SELECT form_token FROM dashboard_sessions") { $0.string(0) }
        })
        let form = "token=\(formToken)"
        let refused: [(String, [(String, String)], String)] = [
            ("another site's form", [("Origin", "http://127.0.0.1:1"), ("Sec-Fetch-Site", "cross-site")], form),
            ("another origin, no fetch metadata", [("Origin", "https://evil.example")], form),
            ("the right Origin but a cross-site fetch", [("Origin", base), ("Sec-Fetch-Site", "same-site")], form),
            ("no Origin at all", [], form),
            ("an opaque origin", [("Origin", "null")], form),
            ("no form token", [("Origin", base), ("Sec-Fetch-Site", "same-origin")], ""),
            ("a wrong form token", [("Origin", base), ("Sec-Fetch-Site", "same-origin")], "token=" + String(repeating: "0", count: 64)),
        ]
        for (what, headers, body) in refused {
            let response = try send("POST", base + "/dashboard/logout", headers: headers + [("Cookie", cookie)], body: body)
            #expect(response.status == 403, "\(what): \(response.status)")
            #expect(response.bodyText.contains("Request refused") && response.bodyText.contains("nothing was changed"), "\(what)")
            #expect(response.headers["Set-Cookie"] == nil, "\(what): the cookie is kept")
            expectSecurityHeaders(response)
        }
        #expect(try send("GET", base + "/dashboard/", headers: [("Cookie", cookie)]).status == 200, "the session still works")
        #expect(try !auditLog().contains { $0.contains("dashboard-sign-out") })
        let out = try send("POST", base + "/dashboard/logout", headers: [("Origin", base), ("Sec-Fetch-Site", "same-origin"), ("Cookie", cookie)], body: form)
        #expect(out.status == 200)
        #expect(out.bodyText.contains("You&#39;ve signed out"), "escaped as HTML")
        #expect(out.headers["Set-Cookie"]?.hasPrefix("mentord_session=; Max-Age=0; Path=/dashboard") == true)
        #expect(try send("GET", base + "/dashboard/", headers: [("Cookie", cookie)]).status == 401, "signed out for good")
        #expect(try auditLog().contains("\(Self.programManager) dashboard-sign-out \(Self.programManager) "))
        #expect(daemon.stop().status == 0)
    }

    @Test func pagesNeedASessionAndSayHowToGetOne() throws {
        let (daemon, base) = try startDaemon()
        for cookie in [nil, "mentord_session=" + String(repeating: "a", count: 64), "mentord_session=junk", "other=1"] {
            let response = try send("GET", base + "/dashboard/participation", headers: cookie.map { [("Cookie", $0)] } ?? [])
            #expect(response.status == 401, "\(cookie ?? "no cookie")")
            #expect(response.bodyText.contains("Please sign in") && response.bodyText.contains("type dashboard in a chat with mentord"))
            #expect(response.bodyText.contains("<a href=\"/dashboard/\">"), "a same-site link that carries a Strict cookie")
            expectSecurityHeaders(response)
        }
        let spanish = try send("GET", base + "/dashboard/", headers: [("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")])
        #expect(spanish.bodyText.contains("Inicia sesión") && spanish.bodyText.contains("<html lang=\"es\">"))
        let bare = try send("GET", base + "/dashboard")
        #expect(bare.status == 303 && bare.headers["Location"] == "/dashboard/")
        let css = try send("GET", base + "/dashboard/dashboard.css")
        #expect(css.status == 200 && css.headers["Content-Type"] == "text/css; charset=utf-8")
        expectSecurityHeaders(css, cacheable: true)
        #expect(try send("PUT", base + "/dashboard/").status == 405)
        #expect(daemon.stop().status == 0)
    }

    @Test func aSponsorAndAManagerAreRefusedThePeopleListsAndTheAuditLog() throws {
        let (daemon, base) = try startDaemon()
        for email in [Self.sponsor, Self.manager] {
            let cookie = try signIn(email, base: base)
            for path in ["/dashboard/at-risk/people", "/dashboard/audit", "/dashboard/audit.csv", "/dashboard/feedback", "/dashboard/at-risk/people.csv"] {
                let response = try send("GET", base + path, headers: [("Cookie", cookie)])
                #expect(response.status == 403, "\(email) \(path)")
                #expect(response.bodyText.contains("Not part of your view"))
                expectSecurityHeaders(response)
            }
            #expect(try auditLog().contains("\(email) view-dashboard /audit status=403"), "refusals are audited too")
        }
        let cookie = try signIn(Self.programManager, base: base)
        let unknown = try send("GET", base + "/dashboard/no-such-page", headers: [("Cookie", cookie)])
        #expect(unknown.status == 404 && unknown.bodyText.contains("No such page"))
        expectSecurityHeaders(unknown)
        #expect(try send("GET", base + "/dashboard/audit", headers: [("Cookie", cookie)]).status != 403, "a program manager is not refused")
        #expect(daemon.stop().status == 0)
    }

    /// A revoked sponsor's open session stops at their next page (finding: roles are read on every request).
    @Test func revokingTheSponsorRoleEndsTheirBrowserSessionAtOnce() throws {
        let (daemon, base) = try startDaemon()
        let cookie = try signIn(Self.sponsor, base: base)
        #expect(try send("GET", base + "/dashboard/", headers: [("Cookie", cookie)]).status == 200)
        #expect(cli("role revoke \(Self.sponsor) sponsor").status == 0)
        let refused = try send("GET", base + "/dashboard/", headers: [("Cookie", cookie)])
        #expect(refused.status == 403)
        #expect(refused.bodyText.contains("Your roles no longer include the dashboard"))
        #expect(refused.headers["Set-Cookie"]?.contains("Max-Age=0") == true)
        #expect(try send("GET", base + "/dashboard/", headers: [("Cookie", cookie)]).status == 401)
        #expect(daemon.stop().status == 0)
    }
}
