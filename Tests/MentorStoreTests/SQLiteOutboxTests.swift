import Foundation
import MentorCore
import MentorStore
import MentorTesting
import Testing

@Suite struct SQLiteOutboxTests {
    let folder = TemporaryDirectory()
    let clock = FakeClock()

    func open() throws -> (Database, SQLiteOutbox) {
        let database = try Database(path: folder.file("outbox.sqlite"))
        try Migrator().migrate(database)
        return (database, SQLiteOutbox(database: database, clock: clock))
    }

    func message(_ text: String) -> OutgoingMessage {
        OutgoingMessage(platform: "matrix", workspace: "hs", destination: .conversation("!room:hs"), reply: .text(text))
    }

    @Test func aMessageIsStoredOnlyIfTheChangeThatCausedItCommits() throws {
        let (database, outbox) = try open()
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try database.transaction { _ in
                try outbox.enqueue(message("lost with the rollback"))
                throw Abort()
            }
        }
        #expect(try outbox.due(limit: 10).isEmpty)
        try database.transaction { _ in try outbox.enqueue(message("kept")) }
        let due = try outbox.due(limit: 10)
        #expect(due.map(\.message.reply) == [.text("kept")])
        #expect(due.first?.attempt == 1)
        #expect(due.first?.idempotencyKey.hasPrefix("mentord-") == true)
    }

    @Test func failuresWaitThenDieAndCanBeRetried() throws {
        let (_, outbox) = try open()
        let id = try outbox.enqueue(message("hello"))
        try outbox.markFailed(id, error: "HTTP 500", retryAt: clock.now + 30)
        #expect(try outbox.due(limit: 10).isEmpty, "not due before its retry time")
        clock.advance(by: 31)
        #expect(try outbox.due(limit: 10).first?.attempt == 2)
        try outbox.markFailed(id, error: "HTTP 403 forbidden", retryAt: nil)
        #expect(try outbox.due(limit: 10).isEmpty)
        let dead = try outbox.list(.dead)
        #expect(dead.map(\.lastError) == ["HTTP 403 forbidden"])
        #expect(try outbox.retry(id))
        #expect(try !outbox.retry(id), "only dead letters can be retried")
        #expect(try outbox.due(limit: 10).map(\.id) == [id])
        try outbox.markDelivered(id)
        #expect(try outbox.due(limit: 10).isEmpty)
        #expect(try outbox.list(.delivered).map(\.id) == [id])
    }
}
