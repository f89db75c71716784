/// Why a guarded fetch gave no response. Descriptions are safe to log: they never name the host, an address, a
/// path or what the network answered, because the URL is a person's secret and its reachability is the operator's.
public enum FetchRefusal: Error, Equatable, CustomStringConvertible {
    /// libcurl does not read the text as an absolute URL.
    case invalidURL
    /// The scheme is not `https`, nor `http` for a host allowed to use it.
    case scheme(String)
    /// The host is, or resolved to, an address the policy refuses.
    case address(AddressPolicy.Category)
    /// More redirects than the policy follows.
    case tooManyRedirects(limit: Int)
    /// A redirect whose `Location` is not a URL.
    case invalidRedirect
    /// The body grew past the request's limit.
    case tooLarge(limit: Int)
    /// No response arrived: a timeout, a failed connection or TLS handshake, or another transport error.
    case unreachable(HTTPClientError)

    public var description: String {
        switch self {
        case .invalidURL: "refused: not a URL"
        case .scheme(let scheme): "refused: the \(scheme) scheme is not allowed for this host"
        case .address(let category): "refused: \(category) address"
        case .tooManyRedirects(let limit): "refused: more than \(limit) redirects"
        case .invalidRedirect: "refused: a redirect without a usable Location"
        case .tooLarge(let limit): "refused: the body is larger than \(limit) bytes"
        case .unreachable(let error): "unreachable: \(Self.kind(of: error))"
        }
    }

    /// The kind of transport failure without its reason, which libcurl words with host names and addresses.
    private static func kind(of error: HTTPClientError) -> String {
        switch error {
        case .timedOut: "timed out"
        case .connectionFailed: "the connection failed"
        case .tlsFailure: "the TLS handshake or certificate check failed"
        case .invalidURL: "not a URL libcurl accepts"
        case .responseTooLarge(_, let limit): "the body is larger than \(limit) bytes"
        case .transport(_, let code, _): "transport error (curl error \(code))"
        }
    }
}
