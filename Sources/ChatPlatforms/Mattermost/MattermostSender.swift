import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Posts outbox messages through Mattermost's REST API v4 with a bot token: to a channel, or to a direct channel
/// it opens with the person first.
public struct MattermostSender: PlatformSender {
    public let platform = MattermostPlatform.name
    /// `https://mattermost.example.com`, without a trailing slash.
    let serverURL: String
    let botToken: Secret
    /// The bot account's user id, one side of every direct channel.
    let botUserID: String
    let client: any HTTPClient

    public init(serverURL: String, botToken: Secret, botUserID: String, client: any HTTPClient) {
        self.serverURL = serverURL.hasSuffix("/") ? String(serverURL.dropLast()) : serverURL
        self.botToken = botToken
        self.botUserID = botUserID
        self.client = client
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let channel: String
        switch envelope.message.destination {
        case .conversation(let id):
            channel = id
        case .directMessage(let identity):
            let opened = call("/api/v4/channels/direct", .array([.string(botUserID), .string(identity.userID)]))
            guard case .success(let response) = opened, (200..<300).contains(response.status),
                let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any], let id = object["id"] as? String
            else { return outcome(opened) }
            channel = id
        case .replyURL:
            return .failed(reason: "Mattermost messages go to a channel")
        }
        let text = PlainTextRenderer().render(envelope.message.reply)
        return outcome(call("/api/v4/posts", .object([("channel_id", .string(channel)), ("message", .string(text))])))
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
        switch result {
        case .failure(let error): .retry(afterSeconds: nil, reason: "\(error)")
        case .success(let response) where (200..<300).contains(response.status): .delivered
        case .success(let response) where response.status == 429:
            .retry(afterSeconds: response.retryAfterSeconds(now: Date().timeIntervalSince1970) ?? resetSeconds(response), reason: "Mattermost rate limit (429)")
        case .success(let response) where response.status >= 500: .retry(afterSeconds: nil, reason: "Mattermost HTTP \(response.status)")
        case .success(let response): .failed(reason: "Mattermost HTTP \(response.status)")
        }
    }

    /// Mattermost announces its limit window in `X-Ratelimit-Reset` (seconds until reset).
    private func resetSeconds(_ response: HTTPResponse) -> Double {
        response.headers["X-Ratelimit-Reset"].flatMap(Double.init) ?? 1
    }
}
