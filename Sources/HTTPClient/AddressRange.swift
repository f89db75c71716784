/// A block of addresses in CIDR form (`10.0.0.0/8`, `fc00::/7`); a bare address is a block of one.
public struct AddressRange: Hashable, Sendable, CustomStringConvertible {
    /// The first address of the block.
    public let network: IPAddress
    /// How many leading bits every address in the block shares with ``network``.
    public let prefixLength: Int

    /// A block from an address and a prefix length; nil when the length does not fit the family.
    public init?(_ address: IPAddress, prefixLength: Int) {
        guard (0...address.bytes.count * 8).contains(prefixLength) else { return nil }
        network = IPAddress(bytes: Self.masked(address.bytes, prefixLength))
        self.prefixLength = prefixLength
    }

    /// Parses `ADDRESS/LENGTH` or a bare `ADDRESS`, the address read by `inet_pton`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(String(parts[0])) else { return nil }
        if parts.count == 1 {
            self.init(address, prefixLength: address.bytes.count * 8)
        } else {
            guard parts[1].utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), parts[1].count <= 3,
                let length = Int(parts[1])
            else { return nil }
            self.init(address, prefixLength: length)
        }
    }

    /// Whether `address` is of this block's family and shares its first ``prefixLength`` bits.
    public func contains(_ address: IPAddress) -> Bool {
        address.bytes.count == network.bytes.count && Self.masked(address.bytes, prefixLength) == network.bytes
    }

    public var description: String { "\(network)/\(prefixLength)" }

    private static func masked(_ bytes: [UInt8], _ prefixLength: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let kept = min(max(prefixLength - index * 8, 0), 8)
            return kept == 8 ? byte : byte & ~(UInt8(0xFF) >> kept)
        }
    }
}
