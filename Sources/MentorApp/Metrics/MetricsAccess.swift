import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Who may read `/metrics`: bearers of `metrics.token` when it is set; without it, anyone who can reach a listener
/// bound to loopback (the default); nobody otherwise.
public enum MetricsAccess: Sendable, Equatable {
    /// `Authorization: Bearer TOKEN` is required.
    case token(Secret)
    /// Served without a token, because only this machine can reach the listener.
    case loopback
    /// Not served: the listener is reachable from elsewhere and no token is set (404).
    case off

    /// The access for the token from configuration (empty when unset) and the listener's bind address.
    public static func decide(token: Secret, host: String) -> MetricsAccess {
        if !token.isEmpty { return .token(token) }
        return isLoopback(host) ? .loopback : .off
    }

    /// Whether `host` is a loopback address or name: `localhost`, `127.0.0.0/8` or `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingPrefix("[").split(separator: "]").first.map(String.init) ?? ""
        if host == "localhost" || host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    /// nil when `request` may read the metrics, else the refusal to send.
    func refusal(_ request: HTTPRequest) -> HTTPResponse? {
        switch self {
        case .off:
            return .text("not found\n", status: 404)
        case .loopback:
            // A reverse proxy on this machine would make every client look local; through one, a token is needed.
            guard request.headers["X-Forwarded-For"] == nil, request.headers["Forwarded"] == nil else {
                return .text("/metrics through a proxy needs a token: set MENTORD_METRICS_TOKEN (or MENTORD_METRICS_TOKEN_FILE)\n", status: 403)
            }
            return nil
        case .token(let token):
            let presented = request.headers["Authorization"].flatMap { header -> String? in
                guard header.count > 7, header.prefix(7).lowercased() == "bearer " else { return nil }
                return String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            }
            if let presented, ConstantTime.equals(Array(presented.utf8), Array(token.reveal().utf8)) { return nil }
            var refused = HTTPResponse.text("send Authorization: Bearer with the token set in metrics.token\n", status: 401)
            refused.headers.set("WWW-Authenticate", "Bearer realm=\"mentord metrics\"")
            return refused
        }
    }
}
