import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Delivers Discord follow-up messages (the parts of a long reply after the first) through the interaction webhook.
public struct DiscordSender: PlatformSender {
    public let platform = DiscordPlatform.name
    let client: any HTTPClient
    /// Follow-up URLs must start with this, so a forged interaction cannot make mentord post elsewhere.
    let webhookPrefix: String

    public init(client: any HTTPClient, webhookPrefix: String = "https://discord.com/api/") {
        self.client = client
        self.webhookPrefix = webhookPrefix
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        guard case .replyURL(let url) = envelope.message.destination, url.hasPrefix(webhookPrefix) else {
            return .failed(reason: "Discord messages go to an interaction webhook URL only")
        }
        let content = DiscordRenderer().contentChunks([envelope.message.reply]).first ?? ""
        let body = (try? JSONSerialization.data(withJSONObject: ["content": content, "flags": DiscordPlatform.ephemeralFlag])) ?? Data()
        do {
            let response = try client.send(HTTPClientRequest(
                method: "POST", url: url, headers: ["Content-Type": "application/json"], body: Array(body)
            ))
            switch response.status {
            case 200..<300: return .delivered
            case 429:
                let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
                let wait = object?["retry_after"] as? Double ?? response.retryAfterSeconds(now: Date().timeIntervalSince1970) ?? 1
                return .retry(afterSeconds: wait, reason: "Discord rate limit (429)")
            case 500...: return .retry(afterSeconds: nil, reason: "Discord HTTP \(response.status)")
            default: return .failed(reason: "Discord HTTP \(response.status)")
            }
        } catch {
            return .retry(afterSeconds: nil, reason: "\(error)")
        }
    }
}
