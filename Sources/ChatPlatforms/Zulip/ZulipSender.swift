import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

extension PlatformCapabilities {
    /// Zulip: 10,000 characters a message, no buttons.
    public static let zulip = PlatformCapabilities(maximumMessageLength: 10_000)
}

/// Sends outbox messages through Zulip's REST API (`POST /api/v1/messages`, Basic auth with the bot's email and
/// API key): direct messages to a person, or a stream topic for `stream:<id>:<topic>` conversations. A reply
/// longer than one message goes out as several, in order.
public struct ZulipSender: PlatformSender {
    public let platform = ZulipPlatform.name
    /// `https://example.zulipchat.com`, without a trailing slash.
    let siteURL: String
    let botEmail: String
    let apiKey: Secret
    let client: any HTTPClient
    let clock: any Clock

    /// The splitter for Zulip, measuring each block's plain text.
    public static let splitter = ReplySplitter(capabilities: .zulip) { PlainTextRenderer().render(Reply($0)) }

    public init(siteURL: String, botEmail: String, apiKey: Secret, client: any HTTPClient, clock: any Clock = SystemClock()) {
        self.siteURL = siteURL.hasSuffix("/") ? String(siteURL.dropLast()) : siteURL
        self.botEmail = botEmail
        self.apiKey = apiKey
        self.client = client
        self.clock = clock
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let fields: [(String, String)]
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
        let credentials = Data("\(botEmail):\(apiKey.reveal())".utf8).base64EncodedString()
        for message in ZulipSender.splitter.split([envelope.message.reply]) {
            let outcome = DeliveryOutcome(service: "Zulip", clock: clock) {
                try client.send(HTTPClientRequest(
                    method: "POST", url: siteURL + "/api/v1/messages",
                    headers: ["Authorization": "Basic \(credentials)", "Content-Type": "application/x-www-form-urlencoded"],
                    body: Array(FormEncoding.encode(fields + [("content", message.plainText)]).utf8)
                ))
            }
            if outcome != .delivered { return outcome }
        }
        return .delivered
    }
}
