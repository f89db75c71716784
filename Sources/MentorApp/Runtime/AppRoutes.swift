import ChatPlatforms
import Dashboard
import HTTPServer
import HTTPTypes
import MentorCore

/// The daemon's HTTP routes. Platform webhooks join these as platforms are added.
enum AppRoutes {
    /// The routes, with invites read through the assistant's own services and prompts (loaded once at start-up), and
    /// the dashboard below `/dashboard` when one is given.
    ///
    /// With `metrics`, `GET /metrics` is served unless its access is off, and the platform routes count their 401s.
    static func router(
        for app: MentorApplication, assistant: MentorAssistant, platforms: [PlatformRoute], metrics: MetricsEndpoint? = nil,
        dashboard: DashboardSite? = nil
    ) -> Router {
        var router = Router()
        let counts = metrics?.metrics
        for route in platforms {
            router.add(route.method, route.path) { request, _ in
                let response = route.handle(request)
                // A platform route answers 401 exactly when the request's signature or token does not verify.
                if response.status == 401 { counts?.verificationFailed(route: route.path) }
                return response
            }
        }
        if let metrics, metrics.access != .off {
            router.add("GET", "/metrics") { request, _ in metrics.respond(request) }
        }
        router.add("GET", "/healthz") { _, _ in .text("ok\n") }
        router.add("GET", "/readyz") { _, _ in
            app.isReady() ? .text("ready\n") : .text("not ready: database not open or migrations pending\n", status: 503)
        }
        let planner = MeetingPlanner(services: assistant.services, catalog: assistant.messages)
        router.add("GET", "/ics/:file") { _, parameters in invite(parameters["file"] ?? "", planner: planner) }
        if let dashboard {
            for method in ["GET", "POST"] { router.add(method, "/dashboard/*page") { request, _ in dashboard.respond(to: request) } }
        }
        return router
    }

    /// What the request log keeps of a finished request. An invite's path is its access token, so it is logged as
    /// `/ics/…` (finding D19); so is an email link's, so a request on a route with parameters is logged by the
    /// route's pattern (`/email/act/:token`) when the server names it; a dashboard sign-in link's as `/dashboard/signin/…`.
    static func logFields(_ completed: CompletedRequest) -> [String: LogValue] {
        let path = if let route = completed.route, route.contains(":") { route }
            else if completed.path.hasPrefix("/ics/") { "/ics/…" }
            else if completed.path.hasPrefix(DashboardSignIn.signInPath) { DashboardSignIn.signInPath + "…" }
            else { completed.path }
        return [
            "method": .string(completed.method), "path": .string(path), "status": .int(completed.status),
            "ms": .double((completed.durationSeconds * 100_000).rounded() / 100), "request_id": .string(completed.requestID),
        ]
    }

    /// A meeting's `.ics` at its unguessable URL; anything else is a plain 404 that says nothing about what exists.
    static func invite(_ file: String, planner: MeetingPlanner) -> HTTPResponse {
        let token = file.hasSuffix(".ics") ? String(file.dropLast(4)) : file
        guard token.count == 32, token.allSatisfy(\.isHexDigit), let calendar = try? planner.inviteCalendar(token: token)
        else { return .text("not found\n", status: 404) }
        var response = HTTPResponse(status: 200, body: Array(calendar.utf8))
        response.headers.set("Content-Type", "text/calendar; charset=utf-8; method=\(calendar.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST")")
        response.headers.set("Content-Disposition", "attachment; filename=\"invite.ics\"")
        response.headers.set("Cache-Control", "no-store")
        return response
    }
}
