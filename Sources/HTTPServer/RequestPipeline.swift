import HTTPTypes
import Synchronization

/// The state libmicrohttpd's callbacks share: the handler, the body limit, the request deadlines, and the count of
/// requests in flight.
///
/// The server passes an unretained pointer to it into C, and keeps it alive until the daemon has stopped.
final class RequestPipeline: Sendable {
    /// Answers a request and names the route pattern that answered it, when it knows one.
    let handler: @Sendable (HTTPRequest) -> (response: HTTPResponse, route: String?)
    let onCompleted: (@Sendable (CompletedRequest) -> Void)?
    let bodyLimitBytes: Int
    let deadlines: ConnectionDeadlines
    /// Requests whose request line has arrived and whose completion has not been reported yet.
    private let inFlight = Atomic<Int>(0)
    private let draining = Atomic<Bool>(false)

    init(
        handler: @escaping @Sendable (HTTPRequest) -> (response: HTTPResponse, route: String?),
        onCompleted: (@Sendable (CompletedRequest) -> Void)?,
        bodyLimitBytes: Int,
        requestDeadlineSeconds: Int
    ) {
        self.handler = handler
        self.onCompleted = onCompleted
        self.bodyLimitBytes = bodyLimitBytes
        self.deadlines = ConnectionDeadlines(seconds: requestDeadlineSeconds)
    }

    /// True once shutdown has begun; responses then ask clients to close their keep-alive connections.
    var isDraining: Bool { draining.load(ordering: .relaxed) }

    func beginDraining() { draining.store(true, ordering: .relaxed) }

    /// True while some request has arrived and not yet completed.
    var hasRequestsInFlight: Bool { inFlight.load(ordering: .acquiring) > 0 }

    /// Starts tracking a request whose request line just arrived.
    func begin(target: String) -> RequestInProgress {
        inFlight.add(1, ordering: .relaxed)
        return RequestInProgress(target: target, startedAt: .now)
    }

    /// Runs the handler for a fully received request; a body over the limit gets 413 without reaching it.
    func respond(to request: RequestInProgress) -> HTTPResponse {
        if request.bodyTooLarge { return Self.payloadTooLarge(limit: bodyLimitBytes) }
        let httpRequest = HTTPRequest(
            method: request.method, path: request.path, query: request.query, headers: request.headers,
            body: request.body, requestID: request.requestID
        )
        request.body = []
        let (response, route) = handler(httpRequest)
        request.route = route
        guard (200...599).contains(response.status) else {
            return .text("handler returned an invalid status\n", status: 500)
        }
        return response
    }

    /// Reports a finished request to the observer and stops counting it.
    func finish(_ request: RequestInProgress) {
        if let status = request.status, let onCompleted {
            let elapsed = ContinuousClock.now - request.startedAt
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            onCompleted(
                CompletedRequest(
                    method: request.method, path: request.path, status: status, durationSeconds: seconds,
                    requestID: request.requestID, bytesIn: request.bytesIn, route: request.route
                )
            )
        }
        inFlight.subtract(1, ordering: .releasing)
    }

    static func badFraming(_ problem: String) -> HTTPResponse {
        .text("bad request framing: \(problem)\n", status: 400)
    }

    static func payloadTooLarge(limit: Int) -> HTTPResponse {
        .text("request body is larger than the limit of \(limit) bytes\n", status: 413)
    }
}
