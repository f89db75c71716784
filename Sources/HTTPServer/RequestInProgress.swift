import HTTPTypes

/// What the server knows about one request while libmicrohttpd feeds it in; lives from the request line to completion.
///
/// Only the pool thread that owns the connection touches it, so it needs no lock.
final class RequestInProgress {
    /// The raw request-target, e.g. `/slack/commands?x=1`.
    let target: String
    let startedAt: ContinuousClock.Instant
    var method = ""
    var headers = HTTPHeaders()
    var requestID = ""
    var body: [UInt8] = []
    var bytesIn = 0
    var headersRead = false
    var bodyTooLarge = false
    /// The status queued for this request; nil until a response is queued.
    var status: Int?
    /// The pattern of the route that answered; nil until routed, or when no route had the path.
    var route: String?

    init(target: String, startedAt: ContinuousClock.Instant) {
        self.target = target
        self.startedAt = startedAt
    }

    /// The path part of the target, without the query string.
    var path: String {
        guard let mark = target.firstIndex(of: "?") else { return target }
        return String(target[..<mark])
    }

    /// The query string without the leading `?`, empty when absent.
    var query: String {
        guard let mark = target.firstIndex(of: "?") else { return "" }
        return String(target[target.index(after: mark)...])
    }

    /// The declared `Content-Length`, if any. libmicrohttpd has already rejected non-numeric values, so one that does
    /// not fit an `Int` is simply enormous.
    var declaredContentLength: Int? {
        headers["Content-Length"].map { Int($0) ?? .max }
    }
}
