import CCurl
import Foundation
import HTTPTypes

/// The `HTTPClient` for URLs a person hands mentord (calendar feeds): nothing it fetches can reach the server's own
/// network unless the operator allowlisted it.
///
/// - Each hop's scheme must be `https`, or `http` for a host the policy names.
/// - Every address libcurl connects to is checked as it connects (`CURLOPT_OPENSOCKETFUNCTION`), after libcurl's one
///   resolution, so the address checked is the address used.
/// - Redirects are followed here, never by libcurl, at most `policy.maximumRedirects`, each one checked like the first.
/// - `timeoutSeconds` bounds the whole chain; `connectTimeoutSeconds` each connection. `maximumResponseBytes` stops a
///   long body as it streams in.
///
/// Through a proxy, the proxy makes the final connection, so mentord cannot see it. Then the host is resolved here
/// first: a literal or a name that resolves to a refused address is refused; a name that does not resolve here is
/// handed to the proxy, whose egress rules decide. Direct connections (`no_proxy` hosts) are checked as always.
///
/// Failures are thrown as ``FetchRefusal``. Each fetch uses its own curl handle, so it never reuses a connection that
/// another request opened without the check.
public struct GuardedHTTPClient: HTTPClient {
    public let policy: FetchPolicy
    private let proxy: ProxySettings

    /// A client with `policy`, through the given proxies (by default those in the environment).
    public init(policy: FetchPolicy, proxy: ProxySettings = .fromEnvironment()) {
        self.policy = policy
        self.proxy = proxy
    }

    public func send(_ request: HTTPClientRequest) throws -> HTTPResponse {
        let deadline = Date().addingTimeInterval(request.timeoutSeconds)
        guard var url = CurlURL(request.url) else { throw FetchRefusal.invalidURL }
        let handle: CurlEasyHandle
        do {
            handle = try CurlEasyHandle()
        } catch {
            throw FetchRefusal.unreachable(error)
        }
        var redirects = 0
        while true {
            let response = try fetchOnce(request, at: url, handle: handle, deadline: deadline)
            guard Self.redirectStatuses.contains(response.status), let location = response.headers["Location"] else {
                return response
            }
            redirects += 1
            guard redirects <= policy.maximumRedirects else { throw FetchRefusal.tooManyRedirects(limit: policy.maximumRedirects) }
            guard let next = CurlURL(location, relativeTo: url) else { throw FetchRefusal.invalidRedirect }
            url = next
        }
    }

    private static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// One hop: checks the scheme (and, through a proxy, the host), then performs it with every connection guarded.
    private func fetchOnce(
        _ request: HTTPClientRequest, at url: borrowing CurlURL, handle: CurlEasyHandle, deadline: Date
    ) throws -> HTTPResponse {
        guard let text = url.text, let scheme = url.scheme else { throw FetchRefusal.invalidURL }
        let host = url.host ?? ""
        guard policy.allowsScheme(scheme, host: host) else { throw FetchRefusal.scheme(scheme) }
        guard !host.isEmpty else { throw FetchRefusal.invalidURL }
        let allowedByName = policy.addresses.allowsHost(host)
        var proxyAddresses: Set<IPAddress> = []
        if let proxyURL = proxy.proxy(forScheme: scheme), !proxyURL.isEmpty {
            if !allowedByName, let refusal = HostResolver.addresses(of: host).lazy.compactMap(policy.addresses.refusal).first {
                throw FetchRefusal.address(refusal)
            }
            proxyAddresses = Set(Self.proxyHost(proxyURL).map(HostResolver.addresses) ?? [])
        }
        let remaining = deadline.timeIntervalSinceNow
        guard remaining > 0 else { throw FetchRefusal.unreachable(.timedOut(url: URLOrigin.redacted(text))) }
        var hop = request
        hop.url = text
        hop.timeoutSeconds = remaining
        hop.connectTimeoutSeconds = min(request.connectTimeoutSeconds, remaining)
        let socketGuard = SocketGuard(policy: policy.addresses, hostAllowedByName: allowedByName, proxyAddresses: proxyAddresses)
        do {
            return try handle.perform(hop, proxy: proxy, socketGuard: socketGuard)
        } catch {
            if let refusal = socketGuard.refusal { throw FetchRefusal.address(refusal) }
            if case .responseTooLarge(_, let limit) = error { throw FetchRefusal.tooLarge(limit: limit) }
            throw FetchRefusal.unreachable(error)
        }
    }

    /// The host of a proxy setting, which may be written without a scheme (`proxy.example:3128`).
    private static func proxyHost(_ proxy: String) -> String? {
        (CurlURL(proxy.contains("://") ? proxy : "http://" + proxy))?.host
    }
}
