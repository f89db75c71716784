import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

extension DeliveryOutcome {
    /// What the outbox should do after one platform API call: every sender maps its answers here.
    ///
    /// - 2xx is delivered, unless `checksOK` and the body says `"ok": false` (Slack's Web API answers errors with
    ///   HTTP 200); then an error in `transientErrors` is retried and any other fails.
    /// - 429 is retried after the platform's wait: the body's `retry_after_ms` (Matrix `M_LIMIT_EXCEEDED`),
    ///   `retry_after` (Discord), `parameters.retry_after` (Telegram) or `retry-after` (Zulip), else the
    ///   `Retry-After` header (seconds or an HTTP date, read against `clock`), else `X-Ratelimit-Reset`, else 1 s.
    /// - 5xx and transport errors are retried with the outbox's backoff; any other status fails for good.
    public init(
        _ result: Result<HTTPResponse, any Error>, service: String, clock: any Clock, checksOK: Bool = false,
        transientErrors: Set<String> = []
    ) {
        let response: HTTPResponse
        switch result {
        case .failure(let error):
            self = .retry(afterSeconds: nil, reason: "\(service): \(error)")
            return
        case .success(let answer):
            response = answer
        }
        // A delivered answer's body is read only when it has to say `"ok": false`; every other body is an error's.
        if (200..<300).contains(response.status), !checksOK {
            self = .delivered
            return
        }
        let body = PlatformErrorBody(response.body)
        let detail = body?.detail.map { ": " + $0 } ?? ""
        switch response.status {
        case 200..<300:
            guard body?.ok != true else {
                self = .delivered
                return
            }
            let error = body?.error ?? body?.description ?? "unknown_error"
            let reason = "\(service) ok:false \(error)"
            self = transientErrors.contains(error) ? .retry(afterSeconds: nil, reason: reason) : .failed(reason: reason)
        case 429:
            self = .retry(afterSeconds: Self.rateLimitWait(response, body: body, clock: clock), reason: "\(service) rate limit (429)\(detail)")
        case 500...:
            self = .retry(afterSeconds: nil, reason: "\(service) HTTP \(response.status)\(detail)")
        default:
            self = .failed(reason: "\(service) HTTP \(response.status)\(detail)")
        }
    }

    /// Seconds to wait after a 429: the body's own wait, else `Retry-After` (read against `clock`), else
    /// `X-Ratelimit-Reset`, else 1 s.
    static func rateLimitWait(_ response: HTTPResponse, body: PlatformErrorBody?, clock: any Clock) -> Double {
        body?.retryAfterSeconds ?? response.retryAfterSeconds(now: clock.now.timeIntervalSince1970)
            ?? response.headers["X-Ratelimit-Reset"].flatMap(Double.init) ?? 1
    }
}

/// The error and rate-limit members the seven platforms put in a JSON answer; each sets a few of them.
struct PlatformErrorBody: Decodable {
    /// Slack and Telegram.
    var ok: Bool?
    /// Slack's error code, or Matrix's human-readable error.
    var error: String?
    /// Matrix, e.g. `M_LIMIT_EXCEEDED`.
    var errcode: String?
    /// Telegram.
    var description: String?
    /// Zulip.
    var msg: String?
    /// Discord and Mattermost.
    var message: String?
    /// Matrix.
    var retryAfterMilliseconds: Double?
    /// Discord.
    var retryAfter: Double?
    /// Zulip.
    var zulipRetryAfter: Double?
    /// Telegram.
    var parameters: Parameters?

    struct Parameters: Decodable {
        var retryAfter: Double?

        enum CodingKeys: String, CodingKey { case retryAfter = "retry_after" }
    }

    enum CodingKeys: String, CodingKey {
        case ok, error, errcode, description, msg, message, parameters
        case retryAfterMilliseconds = "retry_after_ms", retryAfter = "retry_after", zulipRetryAfter = "retry-after"
    }

    init?(_ bytes: [UInt8]) {
        guard bytes.first == UInt8(ascii: "{"), let body = try? JSONDecoder().decode(PlatformErrorBody.self, from: Data(bytes)) else {
            return nil
        }
        self = body
    }

    /// The platform's own wait, from the body.
    var retryAfterSeconds: Double? {
        retryAfterMilliseconds.map { $0 / 1000 } ?? retryAfter ?? parameters?.retryAfter ?? zulipRetryAfter
    }

    /// What the platform said went wrong, for the dead-letter reason.
    var detail: String? {
        let text = [errcode, description ?? msg ?? message ?? error].compactMap { $0 }.joined(separator: " ")
        return text.isEmpty ? nil : String(text.prefix(200))
    }
}

extension DeliveryOutcome {
    /// Sends `parts` in order and stops at the first that is not delivered: the messages of one split reply.
    public static func each<Part>(_ parts: [Part], _ send: (Part) throws -> DeliveryOutcome) rethrows -> DeliveryOutcome {
        for part in parts {
            let outcome = try send(part)
            if outcome != .delivered { return outcome }
        }
        return .delivered
    }
}
