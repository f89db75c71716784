import Foundation

/// Which proxies outbound requests use, read from the environment the way curl reads it.
public struct ProxySettings: Sendable, Equatable {
    /// The proxy for `http://` URLs.
    public var httpProxy: String?
    /// The proxy for `https://` URLs.
    public var httpsProxy: String?
    /// Comma-separated hosts or domains reached directly; `*` bypasses proxies entirely.
    public var noProxy: String?

    /// Explicit settings; `ProxySettings()` means no proxy at all.
    public init(httpProxy: String? = nil, httpsProxy: String? = nil, noProxy: String? = nil) {
        self.httpProxy = httpProxy
        self.httpsProxy = httpsProxy
        self.noProxy = noProxy
    }

    /// Settings from `http_proxy` (lower case only, as curl does, because CGI puts a client's `Proxy:` header in
    /// `HTTP_PROXY`), `https_proxy`/`HTTPS_PROXY`, `all_proxy`/`ALL_PROXY` as the fallback for both, and
    /// `no_proxy`/`NO_PROXY`. Empty values count as unset.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> ProxySettings {
        func first(_ names: String...) -> String? {
            names.lazy.compactMap { env[$0] }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        let fallback = first("all_proxy", "ALL_PROXY")
        return ProxySettings(
            httpProxy: first("http_proxy") ?? fallback,
            httpsProxy: first("https_proxy", "HTTPS_PROXY") ?? fallback,
            noProxy: first("no_proxy", "NO_PROXY")
        )
    }

    /// The proxy for a URL with this scheme, or nil to connect directly.
    func proxy(forScheme scheme: String) -> String? {
        scheme == "https" ? httpsProxy : httpProxy
    }
}
