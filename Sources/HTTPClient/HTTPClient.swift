import HTTPTypes

/// Sends HTTP requests; every outbound call in mentord goes through one, so tests can substitute a recording client.
public protocol HTTPClient: Sendable {
    /// Sends `request` and returns whatever response arrives (any status); throws `HTTPClientError` when none does.
    func send(_ request: HTTPClientRequest) throws -> HTTPResponse
}
