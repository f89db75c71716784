import MentorCore
import Testing

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maximumAttempts: 5, baseDelay: 2, maximumDelay: 30)

    @Test func delaysDoubleWithinJitterBoundsUpToTheCap() {
        var random = SystemRandomNumberGenerator()
        for attempt in 1...8 {
            let ceiling = min(30, 2 * Double(1 << (attempt - 1)))
            for _ in 0..<200 {
                let delay = policy.delay(afterAttempt: attempt, retryAfter: nil, random: &random)
                #expect(delay >= ceiling / 2 && delay <= ceiling, "attempt \(attempt): \(delay)")
            }
        }
    }

    @Test func retryAfterIsAFloor() {
        var random = SystemRandomNumberGenerator()
        #expect(policy.delay(afterAttempt: 1, retryAfter: 17, random: &random) == 17)
        #expect(policy.delay(afterAttempt: 9, retryAfter: 1, random: &random) >= 15)
    }

    @Test func theLastAttemptIsFinal() {
        #expect(!policy.isFinal(4))
        #expect(policy.isFinal(5))
    }
}

/// The one policy's presets for the other retries: a poller's failed fetches, and the outbox's defaults.
@Suite struct RetryPolicyPresetTests {
    @Test func aPollerBacksOffFromASecondToAMinuteJitteredWithTheHintAsAFloor() {
        var random = SystemRandomNumberGenerator()
        for failures in 1...12 {
            let ceiling = min(60, Double(1 << (failures - 1)))
            let wait = RetryPolicy.polling.delay(afterAttempt: failures, retryAfter: nil, random: &random)
            #expect(wait >= ceiling / 2 && wait <= ceiling, "\(failures): \(wait)")
        }
        #expect(RetryPolicy.polling.delay(afterAttempt: 1, retryAfter: 30, random: &random) == 30)
        #expect(!RetryPolicy.polling.isFinal(10_000))
    }

    @Test func theOutboxPresetIsTheDefault() {
        #expect(RetryPolicy.outbox == RetryPolicy())
        #expect(RetryPolicy.outbox.isFinal(8) && RetryPolicy.outbox.backoff(afterAttempt: 20) == 600)
    }
}
