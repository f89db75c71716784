/// What a fetch on behalf of a person (a calendar feed) may reach: schemes, addresses and redirects.
public struct FetchPolicy: Sendable, Equatable {
    /// Which addresses may be connected to.
    public var addresses: AddressPolicy
    /// Hosts that may be fetched over plain `http` (lower case); every other host needs `https`.
    public var httpHosts: Set<String>
    /// How many redirects are followed; one more is refused.
    public var maximumRedirects: Int

    /// A policy: `https` everywhere except `httpHosts`, public addresses plus the `addresses` allowlist, 3 redirects.
    public init(addresses: AddressPolicy = AddressPolicy(), httpHosts: [String] = [], maximumRedirects: Int = 3) {
        self.addresses = addresses
        self.httpHosts = Set(httpHosts.map(AddressPolicy.normalizedHost).filter { !$0.isEmpty })
        self.maximumRedirects = maximumRedirects
    }

    /// Whether a URL with this scheme may be fetched from `host`.
    public func allowsScheme(_ scheme: String, host: String) -> Bool {
        switch scheme.lowercased() {
        case "https": true
        case "http": httpHosts.contains(AddressPolicy.normalizedHost(host))
        default: false
        }
    }
}
