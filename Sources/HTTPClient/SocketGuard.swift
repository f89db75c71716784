import CCurl
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides, for each socket libcurl is about to open, whether the address it will connect to is allowed.
///
/// Installed as `CURLOPT_OPENSOCKETFUNCTION`: the check runs on the very `sockaddr` libcurl connects to, after its own
/// name resolution, so a name that resolves differently between a check and the connection cannot slip past.
/// One transfer uses a guard at a time; libcurl calls it on the thread running that transfer.
final class SocketGuard: @unchecked Sendable {
    let policy: AddressPolicy
    /// The host was allowlisted by name, so any address it resolves to is allowed.
    let hostAllowedByName: Bool
    /// The configured proxy's own addresses, which libcurl connects to instead of the host when it uses the proxy.
    let proxyAddresses: Set<IPAddress>
    /// Why the last refused connection was refused; nil while every connection was allowed.
    private(set) var refusal: AddressPolicy.Category?

    init(policy: AddressPolicy, hostAllowedByName: Bool, proxyAddresses: Set<IPAddress> = []) {
        self.policy = policy
        self.hostAllowedByName = hostAllowedByName
        self.proxyAddresses = proxyAddresses
    }

    /// nil when libcurl may connect to `address`, else why not.
    func check(_ address: IPAddress?) -> AddressPolicy.Category? {
        guard let address else { return .reserved }
        if hostAllowedByName || proxyAddresses.contains(address) { return nil }
        return policy.refusal(of: address)
    }

    /// The `CURLOPT_OPENSOCKETFUNCTION` body: opens the socket, or refuses with `CURL_SOCKET_BAD`.
    static func openSocket(
        _ context: UnsafeMutableRawPointer?, _ purpose: curlsocktype, _ address: UnsafeMutablePointer<curl_sockaddr>?
    ) -> curl_socket_t {
        guard let context, let address else { return ccurl_socket_bad() }
        let socketGuard = Unmanaged<SocketGuard>.fromOpaque(context).takeUnretainedValue()
        let target = IPAddress(socketAddress: ccurl_sockaddr_address(address), length: Int(address.pointee.addrlen))
        if let refusal = socketGuard.check(target) {
            socketGuard.refusal = refusal
            return ccurl_socket_bad()
        }
        return socket(address.pointee.family, address.pointee.socktype, address.pointee.protocol)
    }
}
