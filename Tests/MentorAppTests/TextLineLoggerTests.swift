import Foundation
import MentorApp
import MentorCore
import Testing

/// The short log lines a person reads on a terminal.
@Suite struct TextLineLoggerTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var kept: [String] = []
        var all: [String] { lock.withLock { kept } }
        func append(_ line: String) { lock.withLock { kept.append(line) } }
    }

    func logger(_ lines: Lines, level: LogLevel = .info) -> TextLineLogger {
        TextLineLogger(level: level, zone: TimeZone(identifier: "UTC")!, clock: { Date(timeIntervalSince1970: 1_796_130_063) }, write: lines.append)
    }

    @Test func aLineIsTimeLevelMessageAndFieldsInOrder() {
        let lines = Lines()
        logger(lines).info(.outboxDelivered, ["platform": "slack", "id": 4])
        logger(lines).warning(.outboxRetry, ["error": "HTTP 429 Too Many Requests"])
        logger(lines).debug(.requestCompleted, ["path": "/healthz"])
        #expect(lines.all == [
            "13:01:03 info  outbox message delivered id=4 platform=slack\n",
            "13:01:03 warn  outbox delivery failed; will retry error=\"HTTP 429 Too Many Requests\"\n",
        ], "debug is below the level")
    }

    @Test func secretsAreRedactedAndControlCharactersShownAsText() {
        let lines = Lines()
        logger(lines).error(.commandFailed, ["token": .secret(Secret("xoxb-1234")), "text": "kudos \u{1b}[2J\nfake line"])
        let line = lines.all.joined()
        #expect(!line.contains("xoxb-1234"))
        #expect(line.contains("token=[redacted]"))
        #expect(line.contains("text=\"kudos ^[[2J\\\\nfake line\""), "\(line)")
        #expect(line.filter { $0 == "\n" }.count == 1, "one entry, one line")
    }
}
