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
        let mentioned = MatrixSender.userIDs(in: text)
        let content: [String: Any] = [
            "msgtype": "m.notice", "body": text, "format": "org.matrix.custom.html", "formatted_body": MatrixSender.html(text),
            "m.mentions": ["user_ids": mentioned],
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

    /// Matrix user ids such as `@alice:example.org` mentioned in `text`, in order, once each.
    static func userIDs(in text: String) -> [String] {
        var seen: Set<String> = []
        return text.matches(of: userIDPattern).map { String($0.output) }.filter { seen.insert($0).inserted }
    }

    /// Plain text as escaped HTML with line breaks, user ids turned into matrix.to pills.
    static func html(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\n", with: "<br>")
        return escaped.replacing(userIDPattern) { match in
            "<a href=\"https://matrix.to/#/\(match.output)\">\(match.output)</a>"
        }
    }

    /// `@localpart:server`, as the Matrix spec allows them.
    nonisolated(unsafe) static let userIDPattern = /@[a-z0-9._=\-\/+]+:[A-Za-z0-9.\-]+(?::[0-9]+)?/

}
