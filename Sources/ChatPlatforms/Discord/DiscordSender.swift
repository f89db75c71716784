import HTTPClient
import HTTPTypes
import MentorCore

/// Delivers Discord follow-up messages (the parts of a long reply after the first) through the interaction webhook.
///
/// A reply longer than one Discord message goes out as several, in order, each with its own buttons.
public struct DiscordSender: PlatformSender {
    public let platform = DiscordPlatform.name
    let api: PlatformAPI
    /// Follow-up URLs must start with this, so a forged interaction cannot make mentord post elsewhere.
    let webhookPrefix: String
    let references: ButtonReferences?
    private let renderer = DiscordRenderer()

    /// - Parameter references: keeps buttons whose `custom_id` would pass Discord's 100 characters.
    public init(
        client: any HTTPClient, webhookPrefix: String = "https://discord.com/api/", clock: any Clock = SystemClock(),
        references: ButtonReferences? = nil
    ) {
        api = PlatformAPI(service: "Discord", baseURL: "", headers: [:], client: client, clock: clock)
        self.webhookPrefix = webhookPrefix
        self.references = references
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        guard case .replyURL(let url) = envelope.message.destination, url.hasPrefix(webhookPrefix) else {
            return .failed(reason: "Discord messages go to an interaction webhook URL only")
        }
        let messages: [[Reply]]
        do {
            messages = try renderer.split([envelope.message.reply], references: references)
        } catch {
            return .retry(afterSeconds: nil, reason: "cannot keep a Discord button reference: \(error)")
        }
        return .each(messages) { message in
            api.outcome(api.post(url, json: renderer.message(message, flags: DiscordPlatform.ephemeralFlag)))
        }
    }
}
