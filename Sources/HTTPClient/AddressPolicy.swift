import Foundation

/// Which addresses a fetch made on behalf of a person may connect to: public unicast addresses, plus whatever the
/// operator allowlists.
///
/// Loopback, private, shared (CGNAT), link-local, multicast, unspecified, broadcast, reserved and cloud metadata
/// addresses are refused, including IPv6 forms that carry one of them (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
///
/// ```swift
/// let policy = AddressPolicy(allowing: ["127.0.0.1/32", "calendar.intranet.example"])
/// policy.refusal(of: IPAddress("10.1.2.3")!)   // .privateNetwork
/// ```
public struct AddressPolicy: Sendable, Equatable {
    /// Why an address is not reachable for outside requests.
    public enum Category: String, Sendable, CustomStringConvertible {
        case unspecified, loopback, privateNetwork = "private network", sharedAddressSpace = "shared (CGNAT)"
        case linkLocal = "link-local", multicast, broadcast, reserved, metadata = "cloud metadata"

        public var description: String { rawValue }
    }

    /// Blocks reachable although special.
    public let allowedRanges: [AddressRange]
    /// Host names (lower case, no trailing dot) reachable whatever they resolve to.
    public let allowedHosts: Set<String>

    /// A policy allowing the given CIDR blocks, addresses and host names. Entries that are neither a block nor a
    /// valid host name (letters, digits, `-` and `.`) allow nothing, so a typo never opens more than it says.
    public init(allowing entries: [String] = []) {
        var ranges: [AddressRange] = []
        var hosts: Set<String> = []
        for entry in entries.map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            if let range = AddressRange(entry.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))) {
                ranges.append(range)
            } else if Self.isHostName(entry) {
                hosts.insert(Self.normalizedHost(entry))
            }
        }
        allowedRanges = ranges
        allowedHosts = hosts
    }

    /// Whether the operator allowlisted `host` by name (case and a trailing dot ignored).
    public func allowsHost(_ host: String) -> Bool {
        allowedHosts.contains(Self.normalizedHost(host))
    }

    /// nil when `address` may be connected to; otherwise why not.
    public func refusal(of address: IPAddress) -> Category? {
        if allowedRanges.contains(where: { $0.contains(address) }) { return nil }
        return Self.category(of: address)
    }

    /// The special-use category of `address`, or nil for a public unicast address.
    public static func category(of address: IPAddress) -> Category? {
        if let category = blocks.first(where: { $0.range.contains(address) })?.category { return category }
        for prefix in ipv4Carriers {
            if let inner = address.embeddedIPv4(under: prefix) { return category(of: inner) }
        }
        if sixToFour.contains(address) { return category(of: IPAddress(bytes: Array(address.bytes[2..<6]))) }
        return nil
    }

    /// Lower case without a trailing dot or IPv6 brackets, as host names are compared.
    static func normalizedHost(_ host: String) -> String {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        while name.hasSuffix(".") { name.removeLast() }
        return name
    }

    private static func isHostName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 253
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }

    /// Special-use blocks (IANA registries), most specific first so metadata addresses are named as such.
    private static let blocks: [(range: AddressRange, category: Category)] = ([
        ("169.254.169.254/32", .metadata), ("fd00:ec2::254/128", .metadata), ("100.100.100.200/32", .metadata),
        ("255.255.255.255/32", .broadcast),
        ("0.0.0.0/8", .unspecified), ("::/128", .unspecified),
        ("127.0.0.0/8", .loopback), ("::1/128", .loopback),
        ("10.0.0.0/8", .privateNetwork), ("172.16.0.0/12", .privateNetwork), ("192.168.0.0/16", .privateNetwork),
        ("fc00::/7", .privateNetwork), ("fec0::/10", .privateNetwork),
        ("100.64.0.0/10", .sharedAddressSpace),
        ("169.254.0.0/16", .linkLocal), ("fe80::/10", .linkLocal),
        ("224.0.0.0/4", .multicast), ("ff00::/8", .multicast),
        ("192.0.0.0/24", .reserved), ("192.0.2.0/24", .reserved), ("198.18.0.0/15", .reserved),
        ("198.51.100.0/24", .reserved), ("203.0.113.0/24", .reserved), ("240.0.0.0/4", .reserved),
        ("100::/64", .reserved), ("2001:db8::/32", .reserved), ("64:ff9b:1::/48", .reserved),
    ] as [(String, Category)]).map { (AddressRange($0.0)!, $0.1) }

    /// IPv6 blocks whose last 32 bits are an IPv4 address that is reached in the end: IPv4-mapped, the deprecated
    /// IPv4-compatible form (`::a.b.c.d`, after `::` and `::1` are classified above), IPv4-translated (RFC 2765) and
    /// the well-known NAT64 prefix (RFC 6052).
    private static let ipv4Carriers = ["::ffff:0:0/96", "::/96", "::ffff:0:0:0/96", "64:ff9b::/96"].map { AddressRange($0)! }

    /// 6to4 (RFC 3056) carries its IPv4 address in bits 16–47.
    private static let sixToFour = AddressRange("2002::/16")!
}
