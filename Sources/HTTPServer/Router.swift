import HTTPTypes

/// Routes requests by method and path pattern (`/healthz`, `/ics/:token`).
///
/// An unknown path gets 404; a known path with the wrong method gets 405 and an `Allow` header. `HEAD` is served by the
/// `GET` route when no `HEAD` route exists (the server drops the body).
///
/// ```swift
/// var router = Router()
/// router.add("GET", "/ics/:token") { request, parameters in .text(parameters["token"] ?? "") }
/// let server = HTTPServer(configuration: .init(), handler: router.handle)
/// ```
public struct Router: Sendable {
    private struct Route: Sendable {
        let method: String
        let pattern: RoutePattern
        let handler: @Sendable (HTTPRequest, PathParameters) -> HTTPResponse
    }

    private var routes: [Route] = []

    /// An empty router: every request gets 404 until routes are added.
    public init() {}

    /// Adds a route; `method` is compared case-sensitively (HTTP methods are upper case).
    public mutating func add(
        _ method: String, _ path: String, _ handler: @escaping @Sendable (HTTPRequest, PathParameters) -> HTTPResponse
    ) {
        routes.append(Route(method: method, pattern: RoutePattern(path), handler: handler))
    }

    /// Answers `request` with the most specific matching route, or 404 / 405.
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        respond(to: request).response
    }

    /// Answers `request` as ``handle(_:)`` does, and names the pattern of the route that answered (`/ics/:token` for
    /// `/ics/5f…`; for a 405, the path's most specific route); nil when no route has the path.
    ///
    /// A concrete path may carry an access token, so metrics and logs name a request by its pattern.
    public func respond(to request: HTTPRequest) -> (response: HTTPResponse, route: String?) {
        let matches = self.matches(request.path)
        guard !matches.isEmpty else { return (.text("not found\n", status: 404), nil) }
        guard let best = best(of: matches, method: request.method) else {
            var response = HTTPResponse.text("method not allowed\n", status: 405)
            response.headers.set("Allow", allowedMethods(matches.map(\.0.method)))
            return (response, mostSpecific(matches).pattern.text)
        }
        return (best.0.handler(request, best.1), best.0.pattern.text)
    }

    /// The pattern ``respond(to:)`` names for `method` on `path`, without running the route: for a request refused
    /// before it was routed (a body over the limit).
    public func pattern(method: String, path: String) -> String? {
        let matches = self.matches(path)
        guard !matches.isEmpty else { return nil }
        return (best(of: matches, method: method)?.0 ?? mostSpecific(matches)).pattern.text
    }

    private func mostSpecific(_ matches: [(Route, PathParameters)]) -> Route {
        matches.dropFirst().reduce(matches[0].0) { best, candidate in candidate.0.pattern.isMoreSpecific(than: best.pattern) ? candidate.0 : best }
    }

    private func matches(_ path: String) -> [(Route, PathParameters)] {
        let segments = RoutePattern.split(path)
        return routes.compactMap { route in route.pattern.match(segments).map { (route, $0) } }
    }

    /// The most specific match for `method` (`HEAD` falls back to `GET` when no route has `HEAD`); nil for none.
    private func best(of matches: [(Route, PathParameters)], method: String) -> (Route, PathParameters)? {
        let wanted = method == "HEAD" && !matches.contains { $0.0.method == "HEAD" } ? "GET" : method
        let candidates = matches.filter { $0.0.method == wanted }
        guard var best = candidates.first else { return nil }
        for candidate in candidates.dropFirst() where candidate.0.pattern.isMoreSpecific(than: best.0.pattern) {
            best = candidate
        }
        return best
    }

    private func allowedMethods(_ methods: [String]) -> String {
        var allowed: [String] = []
        for method in methods where !allowed.contains(method) { allowed.append(method) }
        if allowed.contains("GET") && !allowed.contains("HEAD") { allowed.append("HEAD") }
        return allowed.joined(separator: ", ")
    }
}
