/// The parts of a URL that are safe to show in errors: scheme, host and port, never path, query or credentials.
struct URLOrigin: Equatable {
    /// `http` or `https`, lower-cased.
    let scheme: String
    /// `host` or `host:port` as written, without user info.
    let authority: String

    /// Parses an absolute http(s) URL; nil for anything else.
    init?(_ url: String) {
        guard let separator = url.firstRange(of: "://") else { return nil }
        let scheme = url[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = url[separator.upperBound...]
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        guard !authority.isEmpty else { return nil }
        self.scheme = scheme
        self.authority = String(authority)
    }

    var description: String { "\(scheme)://\(authority)" }

    /// A description of `url` that is safe to log: its origin, or a placeholder when it has none.
    static func redacted(_ url: String) -> String {
        URLOrigin(url)?.description ?? "(not an absolute http(s) URL)"
    }
}
