import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Sends outbox messages with the Bot API's `sendMessage`.
public struct TelegramSender: PlatformSender {
    public let platform = TelegramPlatform.name
    let botToken: Secret
    let client: any HTTPClient
    /// `https://api.telegram.org`; tests point it at a local server.
    let apiBase: String

    public init(botToken: Secret, client: any HTTPClient, apiBase: String = "https://api.telegram.org") {
        self.botToken = botToken
        self.client = client
        self.apiBase = apiBase
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let chatID: String
        switch envelope.message.destination {
        case .conversation(let id): chatID = id
        case .directMessage(let identity): chatID = identity.userID
        case .replyURL: return .failed(reason: "Telegram has no reply URLs")
        }
        var outcome = DeliveryOutcome.delivered
        for message in TelegramMessage.sendMessages([envelope.message.reply], chatID: chatID) {
            outcome = send(message)
            if outcome != .delivered { return outcome }
        }
        // Attachments follow as documents; the text already carries their link, so a failed upload is not retried.
        for case .attachment(let file) in envelope.message.reply.blocks { sendDocument(file, chatID: chatID) }
        return outcome
    }

    /// `sendDocument` with the file as multipart/form-data. Returns whether Telegram accepted it.
    @discardableResult
    private func sendDocument(_ file: ReplyAttachment, chatID: String) -> Bool {
        let boundary = "mentord-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
        var body = ""
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n\(chatID)\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"document\"; filename=\"\(file.name.filter { $0 != "\"" && !$0.isNewline })\"\r\n"
        body += "Content-Type: \(file.mimeType)\r\n\r\n\(file.content)\r\n--\(boundary)--\r\n"
        let request = HTTPClientRequest(
            method: "POST", url: "\(apiBase)/bot\(botToken.reveal())/sendDocument", headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"],
            body: Array(body.utf8), timeoutSeconds: 30
        )
        guard let response = try? client.send(request) else { return false }
        return (try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])?["ok"] as? Bool == true
    }

    private func send(_ message: [String: Any]) -> DeliveryOutcome {
        let body = (try? JSONSerialization.data(withJSONObject: message)) ?? Data()
        let response: HTTPResponse
        do {
            response = try client.send(HTTPClientRequest(
                method: "POST", url: "\(apiBase)/bot\(botToken.reveal())/sendMessage", headers: ["Content-Type": "application/json"],
                body: Array(body)
            ))
        } catch {
            return .retry(afterSeconds: nil, reason: "\(error)")
        }
        let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        if object?["ok"] as? Bool == true { return .delivered }
        let description = object?["description"] as? String ?? "HTTP \(response.status)"
        switch response.status {
        case 429:
            let wait = (object?["parameters"] as? [String: Any])?["retry_after"] as? Double ?? 1
            return .retry(afterSeconds: wait, reason: "Telegram rate limit: \(description)")
        case 500...: return .retry(afterSeconds: nil, reason: "Telegram \(description)")
        default: return .failed(reason: "Telegram \(description)")
        }
    }
}
