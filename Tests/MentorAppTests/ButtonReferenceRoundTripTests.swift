import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// A button whose command is too long for Telegram's 64-byte `callback_data` carries a short reference, kept in
/// SQLite, and a click on it comes back as the original action, also after the database is opened again.
@Suite struct ButtonReferenceRoundTripTests {
    let folder = TemporaryDirectory()
    let clock = FakeClock()

    /// A migrated database, with migration 11's reference table.
    func open() throws -> Database {
        let database = try Database(path: folder.file("mentord.sqlite"))
        try Migrator().migrate(database)
        return database
    }

    @Test func aTelegramButtonWithA200ByteCommandRoundTripsThroughTheReferenceStore() throws {
        let command = "decline 41 " + String(repeating: "the timing does not suit me ", count: 7)
        #expect(command.utf8.count >= 200)
        let original = ReplyAction.command(command, label: "Decline")
        let client = RecordingHTTPClient { _ in .json(#"{"ok":true,"result":{"message_id":1}}"#) }
        let references = ButtonReferences(store: SQLiteButtonReferenceStore(database: try open()), clock: clock)
        let sender = TelegramSender(botToken: Secret("1:A"), client: client, clock: clock, references: references)
        let envelope = OutboxEnvelope(id: 1, idempotencyKey: "k", attempt: 1, message: OutgoingMessage(
            platform: "telegram", workspace: "bot", destination: .conversation("42"),
            reply: Reply(.text("Decline the offer?"), .actions([original]))
        ))
        #expect(sender.deliver(envelope) == .delivered)

        let request = try #require(client.requests.first)
        let sent = try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
        let keyboard = try #require((sent["reply_markup"] as? [String: Any])?["inline_keyboard"] as? [[[String: Any]]])
        let callback = try #require(keyboard.first?.first?["callback_data"] as? String)
        #expect(callback.utf8.count <= 64)
        #expect(callback.hasPrefix("ref|"))

        // The click, decoded as a Telegram callback is: `id|value`.
        let parts = callback.split(separator: "|", maxSplits: 1).map(String.init)
        let reopened = ButtonReferences(store: SQLiteButtonReferenceStore(database: try open()), clock: clock)
        let resolved = try #require(try reopened.resolve(id: parts[0], value: parts[1]))
        #expect(resolved.id == original.id && resolved.value == command)

        clock.advance(by: ButtonReference.lifetime + 1)
        #expect(try reopened.resolve(id: parts[0], value: parts[1]) == nil)
        let database = try open()
        _ = try reopened.reference(to: .command("accept 41", label: "Accept"))
        #expect(try database.read { try $0.queryFirst("SELECT COUNT(*) FROM button_references") { $0.int(0) } } == 1, "the expired one is gone")
    }
}
