import Foundation

/// Which calendar addresses `calendar ADDRESS` accepts: `https://` and `webcal://` (read as https) for any host, and
/// `http://` only for the hosts the operator names (`calendar.allow_http_hosts`).
///
/// Whether the host may be reached at all is decided when the feed is fetched, on the address actually connected.
public struct CalendarFeedRules: Sendable, Equatable {
    /// Hosts whose feeds may use plain `http`, in lower case.
    public var httpHosts: [String]

    /// Rules allowing `http` for `httpHosts` only.
    public init(httpHosts: [String] = []) {
        self.httpHosts = httpHosts.map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    /// Whether a feed with this scheme (already lower case, `webcal` rewritten) may be read from `host`.
    public func accepts(scheme: String, host: String) -> Bool {
        scheme == "https" || (scheme == "http" && httpHosts.contains(Self.comparable(host)))
    }

    private static func comparable(_ host: String) -> String {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        while name.hasSuffix(".") { name.removeLast() }
        return name
    }
}
