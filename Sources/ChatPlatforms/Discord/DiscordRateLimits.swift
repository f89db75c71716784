import Foundation
import HTTPTypes
import Synchronization

/// Discord's rate limits as its answers announce them: each route's bucket (`X-RateLimit-Remaining` and
/// `X-RateLimit-Reset-After`) and the global limit a 429 declares (`X-RateLimit-Global`, `X-RateLimit-Scope: global`
/// or `"global": true`), so mentord waits before a call that would be refused instead of after.
final class DiscordRateLimits: Sendable {
    private struct State {
        var buckets: [String: Date] = [:]
        var global: Date?
    }

    private let state = Mutex(State())

    /// Seconds to wait before calling `route`; nil to call now.
    func wait(before route: String, now: Date) -> Double? {
        let until = state.withLock { state in [state.buckets[route], state.global].compactMap { $0 }.max() }
        guard let until, until > now else { return nil }
        return until.timeIntervalSince(now)
    }

    /// Reads the limits in `response`, the answer to a call of `route`.
    func record(_ response: HTTPResponse, route: String, now: Date) {
        let resetAfter = response.headers["X-RateLimit-Reset-After"].flatMap(Double.init)
        state.withLock { state in
            if response.headers["X-RateLimit-Remaining"] == "0", let resetAfter {
                state.buckets[route] = now + resetAfter
            } else if response.status != 429 {
                state.buckets[route] = nil
            }
            guard response.status == 429 else { return }
            let body = try? JSONDecoder().decode(RateLimited.self, from: Data(response.body))
            let wait = body?.retryAfter ?? resetAfter ?? 1
            let isGlobal = response.headers["X-RateLimit-Global"] == "true" || response.headers["X-RateLimit-Scope"] == "global" || body?.global == true
            if isGlobal { state.global = now + wait } else { state.buckets[route] = now + wait }
        }
    }

    /// A 429's body.
    private struct RateLimited: Decodable {
        var retryAfter: Double?
        var global: Bool?

        enum CodingKeys: String, CodingKey {
            case global
            case retryAfter = "retry_after"
        }
    }
}
