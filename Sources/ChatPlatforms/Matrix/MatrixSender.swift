import Foundation
import HTTPTypes
import MentorCore

/// Sends outbox messages to Matrix rooms with the outbox's idempotency key as txnId, so a retry after a lost
/// answer is recognised by the homeserver and never posts twice.
public struct MatrixSender: PlatformSender {
    public let platform = MatrixPlatform.name
    let api: MatrixAPI

    public init(api: MatrixAPI) {
        self.api = api
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        guard case .conversation(let room) = envelope.message.destination else {
            return .failed(reason: "Matrix messages go to a room")
        }
        let text = PlainTextRenderer().render(envelope.message.reply)
        let content: [String: Any] = [
            "msgtype": "m.notice", "body": text, "format": "org.matrix.custom.html", "formatted_body": MatrixSender.html(text),
        ]
        do {
            let response = try api.sendMessage(room: room, transactionID: envelope.idempotencyKey, content: content)
            switch response.status {
            case 200: return .delivered
            case 429: return .retry(afterSeconds: MatrixAPI.retryAfter(response), reason: "Matrix M_LIMIT_EXCEEDED")
            case 500...: return .retry(afterSeconds: nil, reason: "Matrix HTTP \(response.status)")
            default: return .failed(reason: "Matrix HTTP \(response.status): \(response.bodyText.prefix(200))")
            }
        } catch {
            return .retry(afterSeconds: nil, reason: "\(error)")
        }
    }

    /// Plain text as minimal, escaped HTML with line breaks.
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\n", with: "<br>")
    }
}
