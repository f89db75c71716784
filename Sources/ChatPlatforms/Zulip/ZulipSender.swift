import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Sends outbox messages through Zulip's REST API (`POST /api/v1/messages`, Basic auth with the bot's email and
/// API key): direct messages to a person, or a stream topic for `stream:<id>:<topic>` conversations.
public struct ZulipSender: PlatformSender {
    public let platform = ZulipPlatform.name
    /// `https://example.zulipchat.com`, without a trailing slash.
    let siteURL: String
    let botEmail: String
    let apiKey: Secret
    let client: any HTTPClient

    public init(siteURL: String, botEmail: String, apiKey: Secret, client: any HTTPClient) {
        self.siteURL = siteURL.hasSuffix("/") ? String(siteURL.dropLast()) : siteURL
        self.botEmail = botEmail
        self.apiKey = apiKey
        self.client = client
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        var fields: [(String, String)]
        switch envelope.message.destination {
        case .directMessage(let identity):
            fields = [("type", "private"), ("to", "[\(identity.userID)]")]
        case .conversation(let conversation) where conversation.hasPrefix("stream:"):
            let parts = conversation.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            fields = [("type", "stream"), ("to", parts.count > 1 ? parts[1] : ""), ("topic", parts.count > 2 ? parts[2] : "mentord")]
        case .conversation(let conversation) where conversation.hasPrefix("private:"):
            fields = [("type", "private"), ("to", "[\(conversation.dropFirst("private:".count))]")]
        default:
            return .failed(reason: "Zulip messages go to a person or a stream topic")
        }
        fields.append(("content", PlainTextRenderer().render(envelope.message.reply)))
        let credentials = Data("\(botEmail):\(apiKey.reveal())".utf8).base64EncodedString()
        do {
            let response = try client.send(HTTPClientRequest(
                method: "POST", url: siteURL + "/api/v1/messages",
                headers: ["Authorization": "Basic \(credentials)", "Content-Type": "application/x-www-form-urlencoded"],
                body: Array(FormEncoding.encode(fields).utf8)
            ))
            switch response.status {
            case 200: return .delivered
            case 429:
                let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
                return .retry(afterSeconds: object?["retry-after"] as? Double ?? response.retryAfterSeconds(now: Date().timeIntervalSince1970) ?? 1, reason: "Zulip rate limit (429)")
            case 500...: return .retry(afterSeconds: nil, reason: "Zulip HTTP \(response.status)")
            default: return .failed(reason: "Zulip HTTP \(response.status): \(response.bodyText.prefix(200))")
            }
        } catch {
            return .retry(afterSeconds: nil, reason: "\(error)")
        }
    }
}
