import ChatPlatforms
import HTTPServer
import HTTPTypes

/// The daemon's HTTP routes. Platform webhooks join these as platforms are added.
enum AppRoutes {
    static func router(for app: MentorApplication, platforms: [PlatformRoute]) -> Router {
        var router = Router()
        for route in platforms { router.add(route.method, route.path) { request, _ in route.handle(request) } }
        router.add("GET", "/healthz") { _, _ in .text("ok\n") }
        router.add("GET", "/readyz") { _, _ in
            app.isReady() ? .text("ready\n") : .text("not ready: database not open or migrations pending\n", status: 503)
        }
        return router
    }
}
