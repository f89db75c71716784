import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// The one mapping from a platform's HTTP answer to what the outbox does, shared by all seven senders.
@Suite struct DeliveryOutcomeMappingTests {
    let clock = FakeClock(Date(timeIntervalSince1970: 1_795_597_200))

    func outcome(_ response: HTTPResponse, checksOK: Bool = false) -> DeliveryOutcome {
        DeliveryOutcome(.success(response), service: "X", clock: clock, checksOK: checksOK, transientErrors: ["ratelimited"])
    }

    @Test func successServerErrorsClientErrorsAndTransportFailures() {
        #expect(outcome(HTTPResponse(status: 204)) == .delivered)
        #expect(outcome(HTTPResponse(status: 503)) == .retry(afterSeconds: nil, reason: "X HTTP 503"))
        #expect(outcome(.json(#"{"message":"Unknown Channel"}"#, status: 404)) == .failed(reason: "X HTTP 404: Unknown Channel"))
        let failed = DeliveryOutcome(.failure(HTTPClientError.transport(url: "u", code: 7, reason: "refused")), service: "X", clock: clock)
        guard case .retry(nil, _) = failed else { Issue.record("a transport failure is retried: \(failed)"); return }
    }

    /// Slack's Web API answers errors with HTTP 200 and `ok:false`.
    @Test func okFalseOnHTTP200FailsOrRetriesByItsError() {
        #expect(outcome(.json(#"{"ok":true}"#), checksOK: true) == .delivered)
        #expect(outcome(.json(#"{"ok":false,"error":"channel_not_found"}"#), checksOK: true) == .failed(reason: "X ok:false channel_not_found"))
        #expect(outcome(.json(#"{"ok":false,"error":"ratelimited"}"#), checksOK: true) == .retry(afterSeconds: nil, reason: "X ok:false ratelimited"))
        #expect(outcome(.json(#"{"ok":false}"#)) == .delivered, "only Web API calls carry ok")
    }

    @Test func eachPlatformsRateLimitSignalSetsTheWait() {
        func wait(_ response: HTTPResponse) -> Double? {
            if case .retry(let seconds, _) = outcome(response) { return seconds }
            return nil
        }
        #expect(wait(.json(#"{"errcode":"M_LIMIT_EXCEEDED","retry_after_ms":2500}"#, status: 429)) == 2.5)
        #expect(wait(.json(#"{"message":"You are being rate limited.","retry_after":1.5,"global":false}"#, status: 429)) == 1.5)
        #expect(wait(.json(#"{"ok":false,"parameters":{"retry_after":3}}"#, status: 429)) == 3)
        #expect(wait(.json(#"{"result":"error","retry-after":0.25}"#, status: 429)) == 0.25)
        #expect(wait(HTTPResponse(status: 429, headers: ["Retry-After": "7"])) == 7)
        #expect(wait(HTTPResponse(status: 429, headers: ["X-Ratelimit-Reset": "4"])) == 4)
        #expect(wait(HTTPResponse(status: 429)) == 1)
    }

    /// A `Retry-After` date is read against the injected clock, not the machine's.
    @Test func retryAfterDatesAreReadAgainstTheInjectedClock() {
        let date = Date(timeIntervalSince1970: 1_795_597_200 + 90).formatted(
            Date.VerbatimFormatStyle(format: "\(weekday: .abbreviated), \(day: .twoDigits) \(month: .abbreviated) \(year: .defaultDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits) GMT", locale: Locale(identifier: "en_US_POSIX"), timeZone: .gmt, calendar: Calendar(identifier: .gregorian))
        )
        #expect(outcome(HTTPResponse(status: 429, headers: ["Retry-After": date])) == .retry(afterSeconds: 90, reason: "X rate limit (429)"))
    }
}
