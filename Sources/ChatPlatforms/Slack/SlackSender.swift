import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Delivers outbox messages to Slack: `response_url`, `chat.postMessage`, and `conversations.open` for DMs (found by
/// `users.lookupByEmail` for someone who has not written to mentord yet).
/// Attachments (calendar invites) follow as files through `files.getUploadURLExternal`, the upload URL and
/// `files.completeUploadExternal` (the `files:write` scope); the message carries the link too, so a failed
/// upload does not fail the delivery.
///
/// Slack's Web API has no idempotency key, so a retry after a lost answer may post twice; retries are spaced by
/// the outbox's backoff and Slack's `Retry-After`.
///
/// A reply longer than one Slack message goes out as several, in order. A retry after a part failed posts the
/// earlier parts again (Slack has no idempotency key); `response_url` takes at most five posts.
public struct SlackSender: PlatformSender {
    public let platform = SlackPlatform.name
    let workspaces: [SlackWorkspace]
    /// `https://slack.com/api`; tests point it at a local server.
    let api: PlatformAPI
    /// Reply URLs must start with this, so a forged payload cannot make mentord post elsewhere.
    let replyURLPrefix: String
    let references: ButtonReferences?
    private let renderer = BlockKitRenderer()

    /// Slack errors that mean "try again later" rather than "this will never work".
    static let transientErrors: Set<String> = ["ratelimited", "internal_error", "service_unavailable", "request_timeout", "fatal_error"]

    /// - Parameter references: keeps buttons whose value is over Slack's 2,000 characters.
    public init(
        workspaces: [SlackWorkspace], client: any HTTPClient, apiBase: String = "https://slack.com/api",
        replyURLPrefix: String = "https://hooks.slack.com/", clock: any Clock = SystemClock(), references: ButtonReferences? = nil
    ) {
        self.workspaces = workspaces
        api = PlatformAPI(service: "Slack", baseURL: apiBase, headers: [:], client: client, clock: clock)
        self.replyURLPrefix = replyURLPrefix
        self.references = references
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let message = envelope.message
        guard let workspace = workspaces.first(where: { $0.accepts(message.workspace) }) else {
            return .failed(reason: "no Slack workspace \(message.workspace) is configured")
        }
        let parts: [[Reply]]
        do {
            parts = try renderer.split([message.reply], references: references)
        } catch {
            return .retry(afterSeconds: nil, reason: "cannot keep a Slack button reference: \(error)")
        }
        switch message.destination {
        case .replyURL(let url):
            guard url.hasPrefix(replyURLPrefix) else { return .failed(reason: "refusing a response_url outside Slack") }
            return .each(parts) { part in
                let body = JSONValue.object([
                    ("response_type", "ephemeral"), ("replace_original", false), ("text", .string(renderer.fallbackText(part))),
                    ("blocks", renderer.blocks(part)),
                ])
                return outcome(post(url, body, token: nil), checksOK: false)
            }
        case .conversation(let channel):
            return attach(message.reply, to: channel, after: postMessages(parts, channel, workspace), workspace)
        case .emailAddress(let email):
            let found = post("/users.lookupByEmail", form: [("email", email)], token: workspace.botToken)
            let answer = (try? found.get()).flatMap { try? JSONDecoder().decode(FoundUser.self, from: Data($0.body)) }
            if answer?.error == "users_not_found" {
                let place = message.workspace == "*" ? "Slack" : "Slack workspace \(message.workspace)"
                return .failed(reason: "no account in \(place) has their email")
            }
            guard let user = answer?.user?.id, answer?.ok == true else { return outcome(found, checksOK: true) }
            return directMessage(to: user, message.reply, parts, workspace)
        case .directMessage(let identity):
            return directMessage(to: identity.userID, message.reply, parts, workspace)
        case .homeTab(let identity):
            return outcome(post("/views.publish", homeView(for: identity.userID, parts), token: workspace.botToken), checksOK: true)
        }
    }

    /// `views.publish`'s body: the reply as the user's App Home, within a home view's 100 blocks (the parts that fit
    /// whole, then a pointer to `mentoring` for the rest).
    private func homeView(for user: String, _ parts: [[Reply]]) -> JSONValue {
        let rendered = parts.map { part -> [JSONValue] in
            guard case .array(let blocks) = renderer.blocks(part) else { return [] }
            return blocks
        }
        var blocks: [JSONValue] = []
        for part in rendered {
            guard blocks.count + part.count < Self.homeBlocks else { break }
            blocks += part
        }
        if blocks.count < rendered.map(\.count).reduce(0, +) {
            blocks.append(.object([("type", "context"), ("elements", .array([.object([("type", "mrkdwn"), ("text", "…  /mentor mentoring")])]))]))
        }
        return .object([("user_id", .string(user)), ("view", .object([("type", "home"), ("blocks", .array(blocks))]))])
    }

    /// Blocks a home view may hold.
    static let homeBlocks = 100

    /// Opens the DM with `user` (`conversations.open`) and posts there.
    private func directMessage(to user: String, _ reply: Reply, _ parts: [[Reply]], _ workspace: SlackWorkspace) -> DeliveryOutcome {
        let opened = post("/conversations.open", .object([("users", .string(user))]), token: workspace.botToken)
        guard case .success(let response) = opened, response.status == 200,
            let answer = try? JSONDecoder().decode(OpenedConversation.self, from: Data(response.body)), answer.ok, let channel = answer.channel?.id
        else { return outcome(opened, checksOK: true) }
        return attach(reply, to: channel, after: postMessages(parts, channel, workspace), workspace)
    }

    /// `users.lookupByEmail`'s answer.
    private struct FoundUser: Decodable {
        struct User: Decodable { var id: String }
        var ok: Bool
        var error: String?
        var user: User?
    }

    /// `conversations.open`'s answer.
    private struct OpenedConversation: Decodable {
        struct Channel: Decodable { var id: String }
        var ok: Bool
        var channel: Channel?
    }

    /// `files.getUploadURLExternal`'s answer.
    private struct UploadSlot: Decodable {
        var ok: Bool
        var uploadURL: String?
        var fileID: String?

        enum CodingKeys: String, CodingKey { case ok, uploadURL = "upload_url", fileID = "file_id" }
    }

    /// `files.completeUploadExternal`'s answer.
    private struct Completed: Decodable { var ok: Bool }

    private func postMessages(_ parts: [[Reply]], _ channel: String, _ workspace: SlackWorkspace) -> DeliveryOutcome {
        .each(parts) { part in
            outcome(post("/chat.postMessage", postBody(channel, renderer.fallbackText(part), renderer.blocks(part)), token: workspace.botToken), checksOK: true)
        }
    }

    /// The posts' outcome; when they were delivered, the reply's attachments are uploaded to the same channel.
    private func attach(_ reply: Reply, to channel: String, after posted: DeliveryOutcome, _ workspace: SlackWorkspace) -> DeliveryOutcome {
        guard posted == .delivered else { return posted }
        for case .attachment(let file) in reply.blocks { upload(file, to: channel, workspace) }
        return posted
    }

    /// Best effort: the three steps of Slack's external upload. Returns whether the file was shared.
    @discardableResult
    private func upload(_ file: ReplyAttachment, to channel: String, _ workspace: SlackWorkspace) -> Bool {
        let bytes = Array(file.content.utf8)
        var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded", "Authorization": "Bearer \(workspace.botToken.reveal())"]
        let form = FormEncoding.encode([("filename", file.name), ("length", "\(bytes.count)")])
        guard let reserved = try? api.client.send(HTTPClientRequest(method: "POST", url: api.baseURL + "/files.getUploadURLExternal", headers: headers, body: Array(form.utf8))),
            let slot = try? JSONDecoder().decode(UploadSlot.self, from: Data(reserved.body)), slot.ok,
            let uploadURL = slot.uploadURL, let fileID = slot.fileID
        else { return false }
        headers = ["Content-Type": file.mimeType]
        guard let uploaded = try? api.client.send(HTTPClientRequest(method: "POST", url: uploadURL, headers: headers, body: bytes, timeoutSeconds: 30)),
            uploaded.status == 200
        else { return false }
        let complete = JSONValue.object([
            ("files", .array([.object([("id", .string(fileID)), ("title", .string(file.name))])])), ("channel_id", .string(channel)),
        ])
        guard case .success(let done) = post("/files.completeUploadExternal", complete, token: workspace.botToken) else { return false }
        return (try? JSONDecoder().decode(Completed.self, from: Data(done.body)))?.ok == true
    }

    private func postBody(_ channel: String, _ text: String, _ blocks: JSONValue) -> JSONValue {
        .object([("channel", .string(channel)), ("text", .string(text)), ("blocks", blocks)])
    }

    private func post(_ path: String, _ body: JSONValue, token: Secret?) -> Result<HTTPResponse, any Error> {
        api.post(path, json: body, headers: token.map { ["Authorization": "Bearer \($0.reveal())"] } ?? [:])
    }

    /// A Web API method that takes a form (`users.lookupByEmail` reads no JSON body).
    private func post(_ path: String, form: [(String, String)], token: Secret) -> Result<HTTPResponse, any Error> {
        api.post(path, form: form, headers: ["Authorization": "Bearer \(token.reveal())"])
    }

    /// Web API errors arrive as HTTP 200 with `ok:false`; `response_url` answers plain `ok`.
    private func outcome(_ result: Result<HTTPResponse, any Error>, checksOK: Bool) -> DeliveryOutcome {
        api.outcome(result, checksOK: checksOK, transientErrors: SlackSender.transientErrors)
    }
}
