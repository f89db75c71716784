import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

extension PlatformCapabilities {
    /// Mattermost: 16,383 characters a post; buttons are interactive attachments whose `context` has no hard limit.
    public static let mattermost = PlatformCapabilities(maximumMessageLength: 16_383, maximumButtons: .max)
}

/// Posts outbox messages through Mattermost's REST API v4 with a bot token: to a channel, or to a direct channel
/// it opens with the person first. A reply longer than one post goes out as several, in order.
public struct MattermostSender: PlatformSender {
    public let platform = MattermostPlatform.name
    /// `https://mattermost.example.com`, without a trailing slash.
    let serverURL: String
    let botToken: Secret
    /// The bot account's user id, one side of every direct channel.
    let botUserID: String
    let client: any HTTPClient
    let clock: any Clock

    /// The splitter for Mattermost posts, measuring each block's plain text (buttons as typed fallbacks).
    public static let splitter = ReplySplitter(capabilities: .mattermost) { PlainTextRenderer().render(Reply($0)) }

    public init(serverURL: String, botToken: Secret, botUserID: String, client: any HTTPClient, clock: any Clock = SystemClock()) {
        self.serverURL = serverURL.hasSuffix("/") ? String(serverURL.dropLast()) : serverURL
        self.botToken = botToken
        self.botUserID = botUserID
        self.client = client
        self.clock = clock
    }

    /// `POST /channels/direct`'s answer.
    private struct Channel: Decodable { var id: String }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let channel: String
        switch envelope.message.destination {
        case .conversation(let id):
            channel = id
        case .directMessage(let identity):
            let opened = call("/api/v4/channels/direct", .array([.string(botUserID), .string(identity.userID)]))
            guard case .success(let response) = opened, (200..<300).contains(response.status),
                let id = (try? JSONDecoder().decode(Channel.self, from: Data(response.body)))?.id
            else { return outcome(opened) }
            channel = id
        case .replyURL:
            return .failed(reason: "Mattermost messages go to a channel")
        }
        for message in MattermostSender.splitter.split([envelope.message.reply]) {
            let posted = outcome(call("/api/v4/posts", .object([("channel_id", .string(channel)), ("message", .string(message.plainText))])))
            if posted != .delivered { return posted }
        }
        return .delivered
    }

    private func call(_ path: String, _ body: JSONValue) -> Result<HTTPResponse, any Error> {
        Result {
            try client.send(HTTPClientRequest(
                method: "POST", url: serverURL + path,
                headers: ["Authorization": "Bearer \(botToken.reveal())", "Content-Type": "application/json"], body: body.bytes
            ))
        }
    }

    private func outcome(_ result: Result<HTTPResponse, any Error>) -> DeliveryOutcome {
        DeliveryOutcome(result, service: "Mattermost", clock: clock)
    }
}
