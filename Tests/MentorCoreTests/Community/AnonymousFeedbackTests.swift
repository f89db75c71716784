import Foundation
import MentorAppTesting
import MentorCore
import MentorTesting
import Testing

/// After anonymous feedback, nothing new in the whole SQLite file (WAL included) or the log points to the sender.
@Suite struct AnonymousFeedbackTests {
    /// How often each needle occurs in the database file and its WAL, byte for byte.
    static func occurrences(_ needles: [String], in folder: TemporaryDirectory) throws -> [String: Int] {
        var bytes = Data()
        for name in ["mentord.sqlite", "mentord.sqlite-wal"] {
            if let data = FileManager.default.contents(atPath: folder.file(name)) { bytes.append(data) }
        }
        var counts: [String: Int] = [:]
        for needle in needles {
            let pattern = Data(needle.utf8)
            var count = 0, start = bytes.startIndex
            while let found = bytes.range(of: pattern, in: start..<bytes.endIndex) {
                count += 1
                start = found.upperBound
            }
            counts[needle] = count
        }
        return counts
    }

    @Test func anonymousFeedbackLeavesNoTraceOfItsSenderInTheDatabaseWALOrLog() throws {
        let chat = try MatchingCast.harness()
        try chat.grant(.programManager, to: "priya@example.com")
        let slack = ChatIdentity(platform: "slack", workspace: "T0ANON", userID: "UBRUNO7731")
        #expect(chat.say("whoami", from: slack, email: "bruno@example.com").contains("Bruno Silva"), "linked before the test")
        let needles = ["bruno@example.com", "Bruno Silva", "UBRUNO7731", "T0ANON"]
        let before = try Self.occurrences(needles, in: chat.folder)
        #expect(before["UBRUNO7731"]! > 0, "the scan sees the linked account")
        let auditBefore = try chat.auditLog()

        let reply = chat.say("feedback --anonymous My manager discourages me from taking time for mentoring", from: slack)
        let token = try #require(reply.firstMatch(of: /feedback check ([0-9a-f]{24})/)).1

        let after = try Self.occurrences(needles + ["My manager discourages me"], in: chat.folder)
        for needle in needles { #expect(after[needle] == before[needle], "\(needle): \(before[needle]!) → \(after[needle]!)") }
        #expect(after["My manager discourages me"]! > 0, "the feedback itself is stored")
        #expect(try chat.auditLog() == auditBefore, "no audit entry names the sender")
        let stored = try #require(try chat.services().feedback.openFeedback().first)
        #expect(stored.sender == nil)
        #expect(try chat.inboxMessages(of: "bruno@example.com").isEmpty, "no copy is held for the sender")
        let log = String(describing: chat.logger.lines)
        for needle in needles + [String(token)] { #expect(!log.contains(needle), "\(needle) in the log") }
        #expect(try chat.inbox(of: "priya@example.com").contains("New confidential feedback is waiting"))
    }
}
