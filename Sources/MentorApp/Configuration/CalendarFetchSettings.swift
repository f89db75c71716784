import Foundation
import HTTPClient
import MentorCore

/// Where calendar feeds may be fetched from, beyond `https` to public addresses (`calendar.allow_http_hosts`,
/// `calendar.allow_addresses`).
public struct CalendarFetchSettings: Sendable, Equatable {
    /// Hosts whose feeds may be fetched over plain `http`.
    public var httpHosts: [String]
    /// CIDR blocks, addresses and host names reachable although loopback, private, link-local or otherwise special.
    public var allowedAddresses: [String]

    /// The settings from their configuration keys, each a comma-separated list.
    public init(_ values: ConfigValues) {
        httpHosts = Self.list(values.string("calendar.allow_http_hosts"))
        allowedAddresses = Self.list(values.string("calendar.allow_addresses"))
    }

    /// What the fetcher enforces on every hop.
    public var policy: FetchPolicy {
        FetchPolicy(addresses: AddressPolicy(allowing: allowedAddresses), httpHosts: httpHosts)
    }

    /// What `calendar ADDRESS` accepts when the address is typed.
    public var rules: CalendarFeedRules { CalendarFeedRules(httpHosts: httpHosts) }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
