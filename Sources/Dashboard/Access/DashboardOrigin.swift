import Foundation
import HTTPTypes

/// The dashboard's own origin, and whether a request that changes something came from it.
///
/// The origin is `scheduling.public_url`'s scheme, host and port; with no public URL, `http://` and the request's
/// `Host` (the daemon reached directly). A `POST` is accepted only when its `Origin` is exactly that, and when the
/// browser's `Sec-Fetch-Site`, if sent, says `same-origin`: another site's form, or a script's, is refused.
public struct DashboardOrigin: Sendable, Equatable {
    /// The origin from the public URL (`https://mentord.example.com`), nil when none is configured.
    public let configured: String?
    /// Whether cookies must be `Secure`: the public URL is https.
    public let isSecure: Bool

    public init(publicURL: String) {
        configured = Self.origin(of: publicURL)
        isSecure = configured?.hasPrefix("https://") == true
    }

    /// The origin a page of this request lives at; nil when it cannot be told (no public URL and no `Host`).
    public func own(for request: HTTPRequest) -> String? {
        if let configured { return configured }
        guard let host = request.headers["Host"]?.trimmingCharacters(in: .whitespaces), !host.isEmpty,
            host.allSatisfy({ $0.isLetter || $0.isNumber || ".-:[]".contains($0) })
        else { return nil }
        return Self.origin(of: "http://" + host)
    }

    /// Whether a state-changing request came from the dashboard's own pages.
    ///
    /// The pages are served with `Referrer-Policy: no-referrer`, and under that policy browsers send `Origin: null`
    /// even for a form posting to its own origin (Fetch, "serializing a request origin"). So `null` is accepted only
    /// when the browser's `Sec-Fetch-Site: same-origin`, which no page can set or forge, vouches for it; without
    /// fetch metadata (an old browser, a script) the `Origin` must be the dashboard's own.
    public func allowsChange(_ request: HTTPRequest) -> Bool {
        guard let sent = request.headers["Origin"]?.trimmingCharacters(in: .whitespaces), let own = own(for: request) else { return false }
        if let site = request.headers["Sec-Fetch-Site"]?.trimmingCharacters(in: .whitespaces).lowercased() {
            guard site == "same-origin" else { return false }
            return sent == "null" || Self.origin(of: sent) == own
        }
        return Self.origin(of: sent) == own
    }

    /// `scheme://host[:port]` of a URL, lowercased, without the default port; nil when it is not an http(s) URL.
    static func origin(of url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        guard let port = components.port, port != (scheme == "https" ? 443 : 80) else { return "\(scheme)://\(bracketed)" }
        return "\(scheme)://\(bracketed):\(port)"
    }
}
