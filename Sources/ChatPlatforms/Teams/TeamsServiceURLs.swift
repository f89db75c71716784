import Foundation

/// Which Connector `serviceUrl`s mentord posts to: https ones, so a forged or corrupted reference cannot point
/// mentord at a plain-http service; plain http only at ``testOrigin``, a local stand-in for the Bot Framework.
struct TeamsServiceURLs: Sendable {
    /// `http://127.0.0.1:8089`: the origin of an http token URL, which only a test points at.
    let testOrigin: String?

    /// - Parameter tokenURL: the configured token endpoint; when it is plain http, its origin is the test origin.
    init(tokenURL: String) {
        let url = URLComponents(string: tokenURL)
        testOrigin = url?.scheme == "http" ? url.flatMap(Self.origin) : nil
    }

    /// `url` without a trailing slash when it may be posted to; nil otherwise.
    func allowed(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty,
            components.user == nil, components.password == nil, components.query == nil, components.fragment == nil
        else { return nil }
        guard components.scheme == "https" || (components.scheme == "http" && Self.origin(components) == testOrigin) else { return nil }
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    private static func origin(_ url: URLComponents) -> String? {
        url.host.map { "\(url.scheme ?? "")://\($0)\(url.port.map { ":\($0)" } ?? "")" }
    }
}
