import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Sends outbox messages with the Bot API's `sendMessage`: a reply longer than one Telegram message goes out as
/// several, in order, each with its own inline keyboard.
public struct TelegramSender: PlatformSender {
    public let platform = TelegramPlatform.name
    /// `https://api.telegram.org/bot<token>`; tests point it at a local server.
    let api: PlatformAPI
    let references: ButtonReferences?

    /// - Parameter references: keeps buttons whose `callback_data` would pass Telegram's 64 bytes.
    public init(
        botToken: Secret, client: any HTTPClient, apiBase: String = "https://api.telegram.org", clock: any Clock = SystemClock(),
        references: ButtonReferences? = nil
    ) {
        api = PlatformAPI(service: "Telegram", baseURL: "\(apiBase)/bot\(botToken.reveal())", headers: [:], client: client, clock: clock)
        self.references = references
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let chatID: String
        switch envelope.message.destination {
        case .conversation(let id): chatID = id
        case .directMessage(let identity): chatID = identity.userID
        case .replyURL: return .failed(reason: "Telegram has no reply URLs")
        case .emailAddress: return .failed(reason: "Telegram cannot find a person by email")
        case .homeTab: return .failed(reason: "Telegram has no home tab")
        }
        let messages: [[Reply]]
        do {
            messages = try TelegramMessage.split([envelope.message.reply], references: references)
        } catch {
            return .retry(afterSeconds: nil, reason: "cannot keep a Telegram button reference: \(error)")
        }
        let sent = DeliveryOutcome.each(messages) { message in
            api.outcome(api.post("/sendMessage", json: TelegramMessage.sendMessage(message, chatID: chatID)), checksOK: true)
        }
        guard sent == .delivered else { return sent }
        // Attachments follow as documents; the text already carries their link, so a failed upload is not retried.
        for case .attachment(let file) in envelope.message.reply.blocks { sendDocument(file, chatID: chatID) }
        return .delivered
    }

    /// The Bot API's answer to every call.
    private struct Answer: Decodable { var ok: Bool }

    /// `sendDocument` with the file as multipart/form-data. Returns whether Telegram accepted it.
    @discardableResult
    private func sendDocument(_ file: ReplyAttachment, chatID: String) -> Bool {
        let boundary = "mentord-" + RandomToken.hex(bytes: 8)
        var body = ""
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n\(chatID)\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"document\"; filename=\"\(file.name.filter { $0 != "\"" && !$0.isNewline })\"\r\n"
        body += "Content-Type: \(file.mimeType)\r\n\r\n\(file.content)\r\n--\(boundary)--\r\n"
        let request = HTTPClientRequest(
            method: "POST", url: api.baseURL + "/sendDocument", headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"],
            body: Array(body.utf8), timeoutSeconds: 30
        )
        guard let response = try? api.client.send(request) else { return false }
        return (try? JSONDecoder().decode(Answer.self, from: Data(response.body)))?.ok == true
    }
}
