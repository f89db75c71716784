import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Posts outbox messages through Mattermost's REST API v4 with a bot token: to a channel, or to a direct channel
/// it opens with the person first. A reply longer than one post goes out as several, in order; its files (calendar
/// invites) follow, uploaded (`POST /files`) and posted with their ids, best effort: the text carries the link too.
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
        case .emailAddress, .homeTab:
            return .failed(reason: "Mattermost messages go to a linked account or a channel")
        }
        let posted = DeliveryOutcome.each(MattermostPlatform.splitter.split([envelope.message.reply])) { message in
            api.outcome(api.post("/api/v4/posts", json: .object([("channel_id", .string(channel)), ("message", .string(message.plainText))])))
        }
        guard posted == .delivered else { return posted }
        for case .attachment(let file) in envelope.message.reply.blocks { upload(file, to: channel) }
        return posted
    }

    /// Uploads `file` to `channel` and posts it there; whether that worked.
    @discardableResult
    private func upload(_ file: ReplyAttachment, to channel: String) -> Bool {
        let uploaded = api.post("/api/v4/files", parts: [
            FormPart(name: "channel_id", data: Array(channel.utf8)),
            FormPart(name: "files", data: Array(file.content.utf8), filename: file.name, contentType: file.mimeType),
        ])
        guard case .success(let response) = uploaded, (200..<300).contains(response.status),
            let id = (try? JSONDecoder().decode(Uploaded.self, from: Data(response.body)))?.fileInfos.first?.id
        else { return false }
        let post = api.post("/api/v4/posts", json: .object([("channel_id", .string(channel)), ("message", ""), ("file_ids", .array([.string(id)]))]))
        return api.outcome(post) == .delivered
    }

    /// `POST /files`' answer.
    private struct Uploaded: Decodable {
        struct FileInfo: Decodable { var id: String }
        var fileInfos: [FileInfo]

        enum CodingKeys: String, CodingKey { case fileInfos = "file_infos" }
    }
}
