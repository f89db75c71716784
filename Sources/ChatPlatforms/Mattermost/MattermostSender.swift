import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Posts outbox messages through Mattermost's REST API v4 with a bot token: to a channel, or to a direct channel
/// it opens with the person first. A reply longer than one post goes out as several, in order.
///
/// A slash command's `response_url` takes the rest of a long ephemeral answer and the answer of a command that was
/// acknowledged first, still visible only to the person who asked; it must be on the configured server, and needs no
/// bot account.
public struct MattermostSender: PlatformSender {
    public let platform = MattermostPlatform.name
    let api: PlatformAPI
    /// The bot account's user id, one side of every direct channel; nil without a bot account (replies through
    /// `response_url` only).
    let botUserID: String?

    /// - Parameter serverURL: `https://mattermost.example.com`.
    public init(serverURL: String, botToken: Secret, botUserID: String, client: any HTTPClient, clock: any Clock = SystemClock()) {
        api = PlatformAPI(
            service: "Mattermost", baseURL: serverURL, headers: ["Authorization": "Bearer \(botToken.reveal())"], client: client, clock: clock
        )
        self.botUserID = botUserID
    }

    /// A sender without a bot account: it delivers through slash commands' `response_url` on `serverURL`, and refuses
    /// posts mentord would start itself.
    public init(serverURL: String, client: any HTTPClient, clock: any Clock = SystemClock()) {
        api = PlatformAPI(service: "Mattermost", baseURL: serverURL, headers: [:], client: client, clock: clock)
        botUserID = nil
    }

    static let noBot = DeliveryOutcome.failed(
        reason: "Mattermost posts need a bot account: set MENTORD_MATTERMOST_BOT_TOKEN and MENTORD_MATTERMOST_BOT_USER_ID"
    )

    /// `POST /channels/direct`'s answer.
    private struct Channel: Decodable { var id: String }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let channel: String
        switch envelope.message.destination {
        case .conversation(let id):
            guard botUserID != nil else { return MattermostSender.noBot }
            channel = id
        case .directMessage(let identity):
            guard let botUserID else { return MattermostSender.noBot }
            let opened = api.post("/api/v4/channels/direct", json: .array([.string(botUserID), .string(identity.userID)]))
            guard case .success(let response) = opened, (200..<300).contains(response.status),
                let id = (try? JSONDecoder().decode(Channel.self, from: Data(response.body)))?.id
            else { return api.outcome(opened) }
            channel = id
        case .replyURL(let url):
            guard url.hasPrefix(api.baseURL + "/hooks/commands/") else {
                return .failed(reason: "refusing a response_url outside the Mattermost server")
            }
            return .each(MattermostPlatform.splitter.split([envelope.message.reply])) { message in
                api.outcome(api.post(url, json: .object([("response_type", "ephemeral"), ("text", .string(message.plainText))])))
            }
        case .emailAddress:
            return .failed(reason: "Mattermost messages go to a linked account or a channel")
        }
        return .each(MattermostPlatform.splitter.split([envelope.message.reply])) { message in
            api.outcome(api.post("/api/v4/posts", json: .object([("channel_id", .string(channel)), ("message", .string(message.plainText))])))
        }
    }
}
