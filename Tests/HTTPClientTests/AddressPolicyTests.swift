import HTTPClient
import Testing

/// The address classes a person's URL may not reach, read from the address bytes (`inet_pton`), never from text.
@Suite struct AddressPolicyTests {
    static let refused: [(String, AddressPolicy.Category)] = [
        ("127.0.0.1", .loopback), ("127.255.0.9", .loopback), ("::1", .loopback),
        ("10.0.0.1", .privateNetwork), ("172.16.0.1", .privateNetwork), ("172.31.255.255", .privateNetwork),
        ("192.168.1.1", .privateNetwork), ("fc00::1", .privateNetwork), ("fdff:ffff::1", .privateNetwork),
        ("100.64.0.1", .sharedAddressSpace), ("100.127.255.255", .sharedAddressSpace),
        ("169.254.1.1", .linkLocal), ("fe80::1", .linkLocal), ("febf::1", .linkLocal),
        ("169.254.169.254", .metadata), ("fd00:ec2::254", .metadata), ("100.100.100.200", .metadata),
        ("224.0.0.1", .multicast), ("239.255.255.250", .multicast), ("ff02::1", .multicast),
        ("0.0.0.0", .unspecified), ("0.1.2.3", .unspecified), ("::", .unspecified),
        ("255.255.255.255", .broadcast), ("240.0.0.1", .reserved), ("192.0.2.10", .reserved),
        // IPv6 forms that reach an IPv4 address: mapped, compatible, translated, NAT64, 6to4.
        ("::ffff:127.0.0.1", .loopback), ("::ffff:10.1.2.3", .privateNetwork), ("::ffff:169.254.169.254", .metadata),
        ("::127.0.0.1", .loopback), ("::10.0.0.1", .privateNetwork), ("::ffff:0:127.0.0.1", .loopback),
        ("64:ff9b::7f00:1", .loopback), ("64:ff9b::a9fe:a9fe", .metadata), ("2002:7f00:1::1", .loopback),
        ("2002:c0a8:101::", .privateNetwork),
    ]

    static let publicAddresses = [
        "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.0", "100.63.255.255", "100.128.0.0", "169.253.255.255",
        "192.169.0.1", "223.255.255.255", "2606:4700:4700::1111", "2001:4860:4860::8888", "::ffff:8.8.8.8",
        "64:ff9b::808:808", "2002:808:808::1",
    ]

    @Test(arguments: refused) func securityD4SpecialAddressesAreRefused(address: String, category: AddressPolicy.Category) throws {
        let parsed = try #require(IPAddress(address))
        #expect(AddressPolicy().refusal(of: parsed) == category, "\(address)")
    }

    @Test(arguments: publicAddresses) func publicAddressesAreAllowed(address: String) throws {
        #expect(AddressPolicy().refusal(of: try #require(IPAddress(address))) == nil, "\(address)")
    }

    @Test func theAllowlistOpensExactlyWhatItNames() throws {
        let policy = AddressPolicy(allowing: ["127.0.0.1/32", " 10.20.0.0/16 ", "fd12::/16", "[::1]", "Calendar.Intranet.Example.", "10.0.0.0/33", "not an entry!"])
        #expect(policy.refusal(of: try #require(IPAddress("127.0.0.1"))) == nil)
        #expect(policy.refusal(of: try #require(IPAddress("127.0.0.2"))) == .loopback)
        #expect(policy.refusal(of: try #require(IPAddress("10.20.99.1"))) == nil)
        #expect(policy.refusal(of: try #require(IPAddress("10.21.0.1"))) == .privateNetwork, "a /33 is no block: it allows nothing")
        #expect(policy.refusal(of: try #require(IPAddress("fd12:3::1"))) == nil)
        #expect(policy.refusal(of: try #require(IPAddress("::ffff:127.0.0.1"))) == .loopback, "the mapped form is not the allowlisted one")
        #expect(policy.allowsHost("calendar.intranet.example") && policy.allowsHost("CALENDAR.intranet.example."))
        #expect(!policy.allowsHost("intranet.example") && !policy.allowsHost("not an entry!"))
        #expect(policy.allowedRanges.map(\.description) == ["127.0.0.1/32", "10.20.0.0/16", "fd12::/16", "::1/128"])
    }

    @Test func addressesAreReadByInetPtonOnly() {
        // Shorthand forms some parsers accept as 127.0.0.1 are not addresses here; libcurl's own connection is checked anyway.
        for text in ["0x7f.1", "2130706433", "127.1", "017700000001", "127.0.0.1 ", "[::1]"] {
            #expect(IPAddress(text) == nil, "\(text)")
        }
        #expect(IPAddress("::FFFF:7F00:1") == IPAddress("::ffff:127.0.0.1"))
        #expect(IPAddress("fd00:ec2::254")?.description == "fd00:ec2::254")
    }
}
