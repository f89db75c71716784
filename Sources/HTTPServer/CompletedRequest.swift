/// A summary of one answered request, handed to the server's `onCompleted` observer for access logs and metrics.
public struct CompletedRequest: Sendable {
    /// The request method, e.g. `POST`.
    public var method: String
    /// The request path without the query string.
    public var path: String
    /// The status code that was sent.
    public var status: Int
    /// Seconds from the request line arriving to the response being fully written.
    public var durationSeconds: Double
    /// The id sent back in `X-Request-Id`.
    public var requestID: String
    /// The number of body bytes received, including bytes discarded because the body was too large.
    public var bytesIn: Int
    /// The pattern of the route that answered (`/ics/:token`), for a server given a ``Router``; nil when no route had
    /// the path or the request was refused before routing (400, 413). The path may carry a token; the pattern never does.
    public var route: String?

    /// A summary with every field given.
    public init(
        method: String, path: String, status: Int, durationSeconds: Double, requestID: String, bytesIn: Int, route: String? = nil
    ) {
        self.method = method
        self.path = path
        self.status = status
        self.durationSeconds = durationSeconds
        self.requestID = requestID
        self.bytesIn = bytesIn
        self.route = route
    }
}
