import Crypto
import Foundation
import HTTPTypes
import MentorCore

/// Slack's request signing: `X-Slack-Signature` = `v0=` + hex HMAC-SHA256(signing secret, `v0:{timestamp}:{raw body}`).
public enum SlackSignature {
    /// Requests older or newer than this are refused, against replays.
    public static let window: TimeInterval = 300

    /// Why a request was not accepted; every case is answered 401 and changes nothing.
    public enum Rejection: Error, Equatable, CustomStringConvertible {
        case missingHeaders
        case staleTimestamp
        case mismatch

        public var description: String {
            switch self {
            case .missingHeaders: "missing X-Slack-Signature or X-Slack-Request-Timestamp"
            case .staleTimestamp: "timestamp outside the 300 s window"
            case .mismatch: "signature does not match"
            }
        }
    }

    /// The workspace whose secret signed `request`, compared in constant time, or why none did.
    public static func verify(
        _ request: HTTPRequest, workspaces: [SlackWorkspace], now: Date
    ) -> Result<SlackWorkspace, Rejection> {
        guard let timestamp = request.headers["X-Slack-Request-Timestamp"], let signature = request.headers["X-Slack-Signature"],
            let seconds = TimeInterval(timestamp)
        else { return .failure(.missingHeaders) }
        guard abs(now.timeIntervalSince1970 - seconds) <= window else { return .failure(.staleTimestamp) }
        let given = Array(signature.utf8)
        for workspace in workspaces {
            let expected = Array(sign(body: request.body, timestamp: timestamp, secret: workspace.signingSecret).utf8)
            if ConstantTime.equals(expected, given) { return .success(workspace) }
        }
        return .failure(.mismatch)
    }

    /// The `v0=…` signature Slack would send for `body` at `timestamp`.
    public static func sign(body: [UInt8], timestamp: String, secret: Secret) -> String {
        let base = Array("v0:\(timestamp):".utf8) + body
        return "v0=" + Hex.encode(HMAC.sha256(key: Array(secret.reveal().utf8), message: base))
    }
}
