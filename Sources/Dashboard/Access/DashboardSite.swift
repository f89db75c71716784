import Foundation
import HTTPTypes
import MentorCore

/// Everything below `/dashboard` over HTTP: signing in with a one-time link, the session cookie, the checks on every
/// request, and the pages, with the security headers on every answer.
///
/// - `GET /dashboard/signin/TOKEN` shows a Continue button; only its `POST` spends the link, so the link scanners and
///   chat unfurlers that fetch every link cannot. The `POST` sets the cookie and answers 303 to `/dashboard/`.
/// - `GET /dashboard/…` needs a session: the viewer's scope is read from their roles now, the page comes from
///   ``DashboardPages``, and the view is audited.
/// - Every `POST` must come from the dashboard's own origin (``DashboardOrigin``: `Origin` and `Sec-Fetch-Site`), and,
///   once signed in, carry the session's form token; otherwise it is refused with 403 and changes nothing.
public struct DashboardSite: Sendable {
    /// Where the pages' one stylesheet is served.
    public static let stylesheetPath = "/dashboard/dashboard.css"
    /// Pages may load their own stylesheet and inline SVG charts' data images, and post forms to themselves; nothing
    /// else. No script at all.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    /// The longest filter text kept in an audit entry.
    static let auditDetailLimit = 500

    let signIn: DashboardSignIn
    let pages: any DashboardPages
    let catalog: MessageCatalog
    let origin: DashboardOrigin
    let logger: any Logger

    public init(signIn: DashboardSignIn, pages: any DashboardPages, catalog: MessageCatalog, publicURL: String, logger: any Logger) {
        self.signIn = signIn
        self.pages = pages
        self.catalog = catalog
        self.origin = DashboardOrigin(publicURL: publicURL)
        self.logger = logger
    }

    /// The answer to any request whose path starts with `/dashboard`. Never throws: a failure is a 500 page with a
    /// reference that the log explains.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        do {
            return Self.secured(try route(request))
        } catch {
            let reference = ErrorReference.make()
            logger.error(.dashboardFailed, ["ref": .string(reference), "error": .string(String(describing: error))])
            let text = browserLanguage(request)
            return Self.secured(notice(DashboardNotice(
                status: 500, heading: text("dashboard.page.error_heading"), paragraphs: [text("dashboard.page.error_text", ["ref": reference])]
            ), text))
        }
    }

    private func route(_ request: HTTPRequest) throws -> HTTPResponse {
        guard let path = Self.subpath(of: request.path) else { return notice(notFound(browserLanguage(request)), browserLanguage(request)) }
        let segments = path.split(separator: "/").map(String.init)
        let reading = request.method == "GET" || request.method == "HEAD"
        if segments.first == "signin" {
            let token = segments.count == 2 ? segments[1] : ""
            return reading ? try continuePage(token, request) : try spend(token, request)
        }
        guard reading else { return try change(path, request) }
        if request.path == "/dashboard" { return Self.redirect(to: "/dashboard/") }
        if request.path == Self.stylesheetPath { return stylesheet }
        return try page(path, request)
    }

    // MARK: Signing in and out

    /// The page a sign-in link opens: who it signs in, and a Continue button that posts back here.
    private func continuePage(_ token: String, _ request: HTTPRequest) throws -> HTTPResponse {
        guard let person = try signIn.linkHolder(token: token) else { return linkGone(browserLanguage(request)) }
        let text = try language(of: person.id)
        return notice(DashboardNotice(
            status: 200, heading: text("dashboard.page.continue_heading"),
            paragraphs: [text("dashboard.page.continue_text", ["name": person.displayName])], button: text("dashboard.page.continue_button")
        ), text)
    }

    /// Spends the link: a session, its cookie, and the overview.
    private func spend(_ token: String, _ request: HTTPRequest) throws -> HTTPResponse {
        guard origin.allowsChange(request) else { return refused(browserLanguage(request)) }
        guard let signedIn = try signIn.redeem(token: token) else { return linkGone(browserLanguage(request)) }
        var response = Self.redirect(to: "/dashboard/")
        response.headers.append("Set-Cookie", DashboardCookie.setting(signedIn.sessionID, secure: origin.isSecure))
        return response
    }

    /// A `POST`: sign-out is the only change the dashboard knows; any other is checked the same way, then not found.
    private func change(_ path: String, _ request: HTTPRequest) throws -> HTTPResponse {
        guard origin.allowsChange(request) else { return refused(browserLanguage(request)) }
        guard let sessionID = DashboardCookie.sessionID(in: request), case .signedIn(let signedIn) = try signIn.resume(sessionID: sessionID) else {
            return signInNeeded(browserLanguage(request))
        }
        let text = catalog.localized(to: signedIn.viewer.language)
        let form = FormEncoding.decode(String(decoding: request.body, as: UTF8.self))
        guard signIn.acceptsFormToken(form.first { $0.name == "token" }?.value ?? "", for: signedIn) else { return refused(text) }
        guard path == "/logout" else { return notice(notFound(text), text) }
        try signIn.signOut(signedIn)
        var response = notice(DashboardNotice(
            status: 200, heading: text("dashboard.page.signed_out_heading"), paragraphs: [text("dashboard.page.signed_out_text")]
        ), text)
        response.headers.append("Set-Cookie", DashboardCookie.clearing(secure: origin.isSecure))
        return response
    }

    // MARK: Pages

    private func page(_ path: String, _ request: HTTPRequest) throws -> HTTPResponse {
        guard let sessionID = DashboardCookie.sessionID(in: request) else { return signInNeeded(browserLanguage(request)) }
        let signedIn: DashboardSignedIn
        switch try signIn.resume(sessionID: sessionID) {
        case .signedOut:
            return forgetting(signInNeeded(browserLanguage(request)))
        case .noAccess:
            let text = browserLanguage(request)
            return forgetting(notice(DashboardNotice(
                status: 403, heading: text("dashboard.page.forbidden_heading"), paragraphs: [text("dashboard.page.no_access_text")]
            ), text))
        case .signedIn(let opened):
            signedIn = opened
        }
        let text = catalog.localized(to: signedIn.viewer.language)
        let query = request.queryItems
        let result = signedIn.viewer.scope.mayOpen(path) ? pages.render(DashboardPageRequest(
            viewer: signedIn.viewer, path: path, query: query, formToken: signedIn.formToken, now: signIn.clock.now
        )) : .forbidden
        let response: HTTPResponse
        var export = false
        switch result {
        case .html(let document):
            response = Self.html(document, status: 200)
        case .csv(let filename, let csv):
            export = true
            response = HTTPResponse(status: 200, headers: [
                "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": "attachment; filename=\"\(Self.safeFilename(filename))\"",
            ], body: Array(csv.utf8))
        case .forbidden:
            response = notice(DashboardNotice(
                status: 403, heading: text("dashboard.page.forbidden_heading"), paragraphs: [text("dashboard.page.forbidden_text")],
                links: [(text("dashboard.page.back"), "/dashboard/")]
            ), text)
        case .notFound:
            response = notice(notFound(text), text)
        case .badRequest(let reason):
            response = notice(DashboardNotice(
                status: 400, heading: text("dashboard.page.bad_request_heading"), paragraphs: [reason], links: [(text("dashboard.page.back"), "/dashboard/")]
            ), text)
        }
        try signIn.recordView(signedIn, path: path, detail: Self.auditDetail(query, status: response.status), export: export)
        return response
    }

    private var stylesheet: HTTPResponse {
        HTTPResponse(status: 200, headers: ["Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600"], body: Array(pages.stylesheet.utf8))
    }

    // MARK: The small pages

    private func linkGone(_ text: Messages) -> HTTPResponse {
        notice(DashboardNotice(status: 410, heading: text("dashboard.page.link_gone_heading"), paragraphs: [text("dashboard.page.link_gone_text")]), text)
    }

    private func signInNeeded(_ text: Messages) -> HTTPResponse {
        notice(DashboardNotice(
            status: 401, heading: text("dashboard.page.sign_in_heading"), paragraphs: [text("dashboard.page.sign_in_text")],
            // A session cookie is SameSite=Strict, so a dashboard address opened from chat arrives without it; the same
            // address followed from this page carries it.
            links: [(text("dashboard.page.sign_in_retry"), "/dashboard/")]
        ), text)
    }

    private func refused(_ text: Messages) -> HTTPResponse {
        notice(DashboardNotice(status: 403, heading: text("dashboard.page.refused_heading"), paragraphs: [text("dashboard.page.refused_text")]), text)
    }

    private func notFound(_ text: Messages) -> DashboardNotice {
        DashboardNotice(
            status: 404, heading: text("dashboard.page.not_found_heading"), paragraphs: [text("dashboard.page.not_found_text")],
            links: [(text("dashboard.page.back"), "/dashboard/")]
        )
    }

    private func notice(_ notice: DashboardNotice, _ text: Messages) -> HTTPResponse {
        Self.html(notice.html(text), status: notice.status)
    }

    /// `response`, telling the browser to drop a session that has ended.
    private func forgetting(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        response.headers.append("Set-Cookie", DashboardCookie.clearing(secure: origin.isSecure))
        return response
    }

    // MARK: Languages

    /// `person`'s bot language.
    private func language(of person: PersonID) throws -> Messages {
        catalog.localized(to: try signIn.profiles.profile(for: person)?.language ?? MessageCatalog.fallbackLanguage)
    }

    /// The browser's language among the shipped ones, for pages shown before anyone is known.
    private func browserLanguage(_ request: HTTPRequest) -> Messages {
        catalog.localized(to: AcceptLanguage.best(request.headers["Accept-Language"], among: catalog.languages) ?? MessageCatalog.fallbackLanguage)
    }

    // MARK: HTTP

    /// The path below `/dashboard` (`/` for the overview), or nil when `path` is not the dashboard's.
    static func subpath(of path: String) -> String? {
        guard path == "/dashboard" || path.hasPrefix("/dashboard/") else { return nil }
        return "/" + path.dropFirst("/dashboard".count).split(separator: "/").joined(separator: "/")
    }

    static func html(_ document: String, status: Int) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(document.utf8))
    }

    static func redirect(to location: String) -> HTTPResponse {
        HTTPResponse(status: 303, headers: ["Location": location, "Content-Type": "text/plain; charset=utf-8"], body: Array("\(location)\n".utf8))
    }

    /// The headers every dashboard answer carries; only the stylesheet may be cached.
    static func secured(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        response.headers.set("Content-Security-Policy", contentSecurityPolicy)
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Referrer-Policy", "no-referrer")
        response.headers.set("X-Frame-Options", "DENY")
        if response.headers["Cache-Control"] == nil { response.headers.set("Cache-Control", "no-store") }
        return response
    }

    /// A download's name with only letters, digits, `.`, `-` and `_`, so the header cannot be broken out of.
    static func safeFilename(_ name: String) -> String {
        let kept = String(name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0)) })
        return kept.isEmpty ? "dashboard.csv" : kept
    }

    /// The filters of a view as the audit log keeps them, and its status when it was not shown.
    static func auditDetail(_ query: [(name: String, value: String)], status: Int) -> String {
        let filters = FormEncoding.encode(query.map { ($0.name, $0.value) })
        let detail = [filters, status == 200 ? "" : "status=\(status)"].filter { !$0.isEmpty }.joined(separator: " ")
        return String(detail.prefix(auditDetailLimit))
    }
}
