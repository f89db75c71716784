@testable import ChatPlatforms
import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import MentorTesting
import Testing

/// Telegram's webhook contract with real update shapes: the secret-token header, commands, buttons and long replies.
@Suite struct TelegramContractTests {
    let recorder = InboundRecorder()

    func platform(secret: String = "telegram-secret-xyz", reply: String? = nil) -> TelegramPlatform {
        if let reply { recorder.replies = { _ in [.text(reply)] } }
        return TelegramPlatform(secretToken: Secret(secret), botUsername: "mentord_bot", inbound: recorder)
    }

    func send(_ name: String, to platform: TelegramPlatform) throws -> HTTPResponse {
        platform.routes[0].handle(try PlatformFixture.request(platform: "telegram", name, path: "/telegram/webhook"))
    }

    @Test func commandsInGroupsAndPlainTextInPrivateChatsAreAnsweredWithSendMessage() throws {
        let response = try send("group-command", to: platform())
        #expect(response.status == 200)
        let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(body["method"] as? String == "sendMessage")
        #expect(body["chat_id"] as? String == "-1001234567890")
        #expect(body["text"] as? String == "reply to whoami")
        _ = try send("private-text", to: platform())
        _ = try send("callback-query", to: platform())
        #expect(recorder.received.map(\.content) == [
            .command("whoami"), .command("profile set timezone America/Sao_Paulo"), .action(id: "flow.answer", value: "yes"),
        ])
        #expect(Set(recorder.received.map(\.sender)) == [ChatIdentity(platform: "telegram", workspace: "mentord_bot", userID: "111222333")])
    }

    @Test func aWrongOrMissingSecretAndMalformedBodiesAreRefused() throws {
        var request = try PlatformFixture.request(platform: "telegram", "group-command", path: "/telegram/webhook")
        #expect(platform(secret: "other").routes[0].handle(request).status == 401)
        request.headers.remove("X-Telegram-Bot-Api-Secret-Token")
        #expect(platform().routes[0].handle(request).status == 401)
        request.headers.set("X-Telegram-Bot-Api-Secret-Token", "telegram-secret-xyz")
        request.body = Array(#"{"message":{}}"#.utf8)
        #expect(platform().routes[0].handle(request).status == 400)
        #expect(recorder.received.isEmpty)
    }

    @Test func commandsForOtherBotsAndGroupChatterAreIgnored() {
        let telegram = TelegramUpdateDecoder(botUsername: "mentord_bot")
        #expect(telegram.command(in: "/mentor@otherbot help", isPrivate: false) == nil)
        #expect(telegram.command(in: "good morning all", isPrivate: false) == nil)
        #expect(telegram.command(in: "/start", isPrivate: true) == "help")
        #expect(telegram.command(in: "/find@mentord_bot public speaking", isPrivate: false) == "find public speaking")
    }

    @Test func longRepliesContinueThroughTheOutboxAndButtonsBecomeAnInlineKeyboard() throws {
        let long = (1...90).map { "line \($0) " + String(repeating: "y", count: 90) }.joined(separator: "\n")
        let response = try send("private-text", to: platform(reply: long))
        let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        let first = try #require(body["text"] as? String)
        #expect(first.count <= 4096)
        let rest = recorder.later.compactMap { message -> String? in
            if case .text(let text) = message.reply.blocks.first { return text }
            return nil
        }
        #expect(([first] + rest).joined(separator: "\n") == long)
        let keyboard = TelegramMessage.sendMessage(
            [Reply(.text("Agree?"), .actions([ReplyAction(id: "flow.answer", label: "yes", value: "yes", fallback: "yes")]))], chatID: "1"
        )
        let markup = (try JSONSerialization.jsonObject(with: Data(keyboard.bytes)) as? [String: Any])?["reply_markup"] as? [String: Any]
        let buttons = (markup?["inline_keyboard"] as? [[[String: Any]]])?.first
        #expect(buttons?.first?["callback_data"] as? String == "flow.answer|yes")
    }

    @Test func theSenderUsesSendMessageAndHonoursRetryAfter() {
        let client = RecordingHTTPClient(responses: [
            .json(#"{"ok":true,"result":{"message_id":1}}"#),
            .json(#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}"#, status: 429),
            .json(#"{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}"#, status: 403),
        ])
        let sender = TelegramSender(botToken: Secret("123:ABC"), client: client)
        let envelope = OutboxEnvelope(id: 1, idempotencyKey: "k", attempt: 1, message: OutgoingMessage(
            platform: "telegram", workspace: "mentord_bot", destination: .conversation("42"), reply: .text("hi")
        ))
        #expect(sender.deliver(envelope) == .delivered)
        #expect(sender.deliver(envelope) == .retry(afterSeconds: 3, reason: "Telegram rate limit (429): Too Many Requests: retry after 3"))
        #expect(sender.deliver(envelope) == .failed(reason: "Telegram HTTP 403: Forbidden: bot was blocked by the user"))
        #expect(client.requests.first?.url == "https://api.telegram.org/bot123:ABC/sendMessage")
    }

    @Test func attachmentsFollowAsDocuments() throws {
        let client = RecordingHTTPClient(responses: [.json(#"{"ok":true,"result":{"message_id":1}}"#), .json(#"{"ok":true,"result":{"message_id":2}}"#)])
        let sender = TelegramSender(botToken: Secret("123:ABC"), client: client)
        let invite = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
        let envelope = OutboxEnvelope(id: 2, idempotencyKey: "k2", attempt: 1, message: OutgoingMessage(
            platform: "telegram", workspace: "mentord_bot", destination: .directMessage(ChatIdentity(platform: "telegram", workspace: "mentord_bot", userID: "42")),
            reply: Reply(.text("Meeting booked"), .attachment(ReplyAttachment(name: "invite.ics", mimeType: "text/calendar", content: invite)))
        ))
        #expect(sender.deliver(envelope) == .delivered)
        let document = try #require(client.requests.last)
        #expect(document.url == "https://api.telegram.org/bot123:ABC/sendDocument")
        let boundary = try #require(document.headers["Content-Type"]?.firstMatch(of: /multipart\/form-data; boundary=(\S+)/)).1
        let body = String(decoding: document.body, as: UTF8.self)
        #expect(body.contains("--\(boundary)\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n"))
        #expect(body.contains("name=\"document\"; filename=\"invite.ics\"\r\nContent-Type: text/calendar\r\n\r\n" + invite))
        #expect(body.hasSuffix("--\(boundary)--\r\n"))
        #expect(!String(decoding: client.requests[0].body, as: UTF8.self).contains("BEGIN:VCALENDAR"))
    }
}
