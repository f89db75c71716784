import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Posts outbox messages through Mattermost's REST API v4 with a bot token: to a channel, or to a direct channel
/// it opens with the person first. A reply longer than one post goes out as several, in order.
///
/// A slash command's `response_url` takes the rest of a long ephemeral answer, still visible only to the person who
/// asked; it must be on the configured server.
public struct MattermostSender: PlatformSender {
    public let platform = MattermostPlatform.name
    let api: PlatformAPI
    /// The bot account's user id, one side of every direct channel.
    let botUserID: String

    /// - Parameter serverURL: `https://mattermost.example.com`.
    public init(serverURL: String, botToken: Secret, botUserID: String, client: any HTTPClient, clock: any Clock = SystemClock()) {
        api = PlatformAPI(
            service: "Mattermost", baseURL: serverURL, headers: ["Authorization": "Bearer \(botToken.reveal())"], client: client, clock: clock
        )
        self.botUserID = botUserID
    }

    /// `POST /channels/direct`'s answer.
    private struct Channel: Decodable { var id: String }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let channel: String
        switch envelope.message.destination {
        case .conversation(let id):
            channel = id
        case .directMessage(let identity):
            let opened = api.post("/api/v4/channels/direct", json: .array([.string(botUserID), .string(identity.userID)]))
            guard case .success(let response) = opened, (200..<300).contains(response.status),
                let id = (try? JSONDecoder().decode(Channel.self, from: Data(response.body)))?.id
            else { return api.outcome(opened) }
            channel = id
        case .replyURL(let url):
            guard url.hasPrefix(api.baseURL + "/hooks/commands/") else {
                return .failed(reason: "refusing a response_url outside the Mattermost server")
            }
            return .each(ReplySplitter.plainText(.mattermost).split([envelope.message.reply])) { message in
                api.outcome(api.post(url, json: .object([("response_type", "ephemeral"), ("text", .string(message.plainText))])))
            }
        }
        return .each(ReplySplitter.plainText(.mattermost).split([envelope.message.reply])) { message in
            api.outcome(api.post("/api/v4/posts", json: .object([("channel_id", .string(channel)), ("message", .string(message.plainText))])))
        }
    }
}
