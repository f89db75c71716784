/// Why no HTTP response arrived. Messages say what to check next.
///
/// `url` values are origins only (`https://slack.com:443`): chat APIs put tokens in paths and queries, so full URLs,
/// request headers and bodies never appear in errors or logs.
public enum HTTPClientError: Error, CustomStringConvertible, Equatable {
    /// The request did not finish within its timeout.
    case timedOut(url: String)
    /// The host did not resolve or refused the connection, directly or through a proxy.
    case connectionFailed(url: String, reason: String)
    /// The TLS handshake or certificate verification failed.
    case tlsFailure(url: String, reason: String)
    /// The URL is not an absolute `http://` or `https://` URL.
    case invalidURL(String)
    /// The response body grew past the request's `maximumResponseBytes`, so the transfer was stopped.
    case responseTooLarge(url: String, limit: Int)
    /// Any other transport failure, with libcurl's error code.
    case transport(url: String, code: Int, reason: String)

    public var description: String {
        switch self {
        case .timedOut(let url):
            "request to \(url) timed out; check that the service is up and reachable from here, or raise the timeout"
        case .connectionFailed(let url, let reason):
            "cannot connect to \(url): \(reason); check the host name, the network and the proxy settings "
                + "(https_proxy, http_proxy, no_proxy)"
        case .tlsFailure(let url, let reason):
            "TLS failure talking to \(url): \(reason); check the server certificate, the system CA certificates "
                + "(ca-certificates) and the system clock"
        case .invalidURL(let url):
            "invalid URL \(url); expected an absolute http:// or https:// URL"
        case .responseTooLarge(let url, let limit):
            "the response from \(url) is larger than \(limit) bytes; it was not read"
        case .transport(let url, let code, let reason):
            "request to \(url) failed (curl error \(code)): \(reason)"
        }
    }
}
