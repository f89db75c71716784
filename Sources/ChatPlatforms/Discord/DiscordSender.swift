import HTTPClient
import HTTPTypes
import MentorCore

/// Delivers Discord follow-up messages (the parts of a long reply after the first) through the interaction webhook.
///
/// A reply longer than one Discord message goes out as several, in order, each with its own buttons.
public struct DiscordSender: PlatformSender {
    public let platform = DiscordPlatform.name
    let client: any HTTPClient
    /// Follow-up URLs must start with this, so a forged interaction cannot make mentord post elsewhere.
    let webhookPrefix: String
    let clock: any Clock
    let references: ButtonReferences?
    private let renderer = DiscordRenderer()

    /// - Parameter references: keeps buttons whose `custom_id` would pass Discord's 100 characters.
    public init(
        client: any HTTPClient, webhookPrefix: String = "https://discord.com/api/", clock: any Clock = SystemClock(),
        references: ButtonReferences? = nil
    ) {
        self.client = client
        self.webhookPrefix = webhookPrefix
        self.clock = clock
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
        for message in messages {
            let body = renderer.message(message, flags: DiscordPlatform.ephemeralFlag)
            let outcome = DeliveryOutcome(service: "Discord", clock: clock) {
                try client.send(HTTPClientRequest(method: "POST", url: url, headers: ["Content-Type": "application/json"], body: body.bytes))
            }
            if outcome != .delivered { return outcome }
        }
        return .delivered
    }
}
