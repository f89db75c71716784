import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Sends outbox messages through Zulip's REST API (`POST /api/v1/messages`, Basic auth with the bot's email and
/// API key): direct messages to a person, or a stream topic for `stream:<id>:<topic>` conversations. A reply
/// longer than one message goes out as several, in order. Its files (calendar invites) follow: uploaded
/// (`POST /user_uploads`) and linked in one more message, best effort, as the text carries the link too.
public struct ZulipSender: PlatformSender {
    public let platform = ZulipPlatform.name
    let api: PlatformAPI

    /// - Parameter siteURL: `https://example.zulipchat.com`.
    public init(siteURL: String, botEmail: String, apiKey: Secret, client: any HTTPClient, clock: any Clock = SystemClock()) {
        let credentials = Data("\(botEmail):\(apiKey.reveal())".utf8).base64EncodedString()
        api = PlatformAPI(service: "Zulip", baseURL: siteURL, headers: ["Authorization": "Basic \(credentials)"], client: client, clock: clock)
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
        let sent = DeliveryOutcome.each(ZulipPlatform.splitter.split([envelope.message.reply])) { message in
            api.outcome(api.post("/api/v1/messages", form: fields + [("content", message.plainText)]))
        }
        guard sent == .delivered else { return sent }
        for case .attachment(let file) in envelope.message.reply.blocks { upload(file, to: fields) }
        return sent
    }

    /// Uploads `file` and sends a message to the same place linking it, which Zulip shows as the file.
    @discardableResult
    private func upload(_ file: ReplyAttachment, to fields: [(String, String)]) -> Bool {
        let uploaded = api.post("/api/v1/user_uploads", parts: [
            FormPart(name: "filename", data: Array(file.content.utf8), filename: file.name, contentType: file.mimeType),
        ])
        guard case .success(let response) = uploaded, response.status == 200,
            let answer = try? JSONDecoder().decode(Uploaded.self, from: Data(response.body)), let uri = answer.url ?? answer.uri
        else { return false }
        let name = file.name.replacingOccurrences(of: "]", with: "")
        return api.outcome(api.post("/api/v1/messages", form: fields + [("content", "[\(name)](\(uri))")])) == .delivered
    }

    /// `POST /user_uploads`' answer: `url` since Zulip 9, `uri` before.
    private struct Uploaded: Decodable {
        var uri: String?
        var url: String?
    }
}
