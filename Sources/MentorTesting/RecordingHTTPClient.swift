import HTTPClient
import HTTPTypes
import Synchronization

/// An `HTTPClient` for tests: records every request and answers from a script instead of the network. Thread-safe.
///
/// Queued answers are used first, in order; after that `responder` answers (by default `200` with an empty body).
///
/// ```swift
/// let http = RecordingHTTPClient(responses: [.json(#"{"ok":true}"#)])
/// // … exercise the code under test …
/// #expect(http.requests.map(\.url) == ["https://slack.com/api/chat.postMessage"])
/// ```
public final class RecordingHTTPClient: HTTPClient {
    /// Answers a request once the queue is empty; may throw to simulate a transport failure.
    public typealias Responder = @Sendable (HTTPClientRequest) throws -> HTTPResponse

    private struct Script {
        var requests: [HTTPClientRequest] = []
        var queued: [Result<HTTPResponse, HTTPClientError>] = []
    }

    private let script: Mutex<Script>
    private let responder: Responder

    /// A client that answers with `responses` in order, then with `responder`.
    public init(responses: [HTTPResponse] = [], responder: @escaping Responder = { _ in HTTPResponse(status: 200) }) {
        self.script = Mutex(Script(queued: responses.map { .success($0) }))
        self.responder = responder
    }

    /// Every request sent so far, oldest first.
    public var requests: [HTTPClientRequest] {
        script.withLock { $0.requests }
    }

    /// Queues a response for a later request.
    public func enqueue(_ response: HTTPResponse) {
        script.withLock { $0.queued.append(.success(response)) }
    }

    /// Queues a transport failure for a later request.
    public func enqueue(failure: HTTPClientError) {
        script.withLock { $0.queued.append(.failure(failure)) }
    }

    public func send(_ request: HTTPClientRequest) throws -> HTTPResponse {
        let scripted = script.withLock { script in
            script.requests.append(request)
            return script.queued.isEmpty ? nil : script.queued.removeFirst()
        }
        if let scripted { return try scripted.get() }
        return try responder(request)
    }
}
