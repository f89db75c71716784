import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Delivers outbox messages to Slack: `response_url`, `chat.postMessage`, and `conversations.open` for DMs.
/// Attachments (calendar invites) follow as files through `files.getUploadURLExternal`, the upload URL and
/// `files.completeUploadExternal` (the `files:write` scope); the message carries the link too, so a failed
/// upload does not fail the delivery.
///
/// Slack's Web API has no idempotency key, so a retry after a lost answer may post twice; retries are spaced by
/// the outbox's backoff and Slack's `Retry-After`.
public struct SlackSender: PlatformSender {
    public let platform = SlackPlatform.name
    let workspaces: [SlackWorkspace]
    let client: any HTTPClient
    /// `https://slack.com/api`; tests point it at a local server.
    let apiBase: String
    /// Reply URLs must start with this, so a forged payload cannot make mentord post elsewhere.
    let replyURLPrefix: String
    private let renderer = BlockKitRenderer()

    /// Slack errors that mean "try again later" rather than "this will never work".
    static let transientErrors: Set<String> = ["ratelimited", "internal_error", "service_unavailable", "request_timeout", "fatal_error"]

    public init(
        workspaces: [SlackWorkspace], client: any HTTPClient, apiBase: String = "https://slack.com/api",
        replyURLPrefix: String = "https://hooks.slack.com/"
    ) {
        self.workspaces = workspaces
        self.client = client
        self.apiBase = apiBase
        self.replyURLPrefix = replyURLPrefix
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let message = envelope.message
        guard let workspace = workspaces.first(where: { $0.accepts(message.workspace) }) else {
            return .failed(reason: "no Slack workspace \(message.workspace) is configured")
        }
        let blocks = renderer.blocks([message.reply])
        let text = renderer.fallbackText([message.reply])
        switch message.destination {
        case .replyURL(let url):
            guard url.hasPrefix(replyURLPrefix) else { return .failed(reason: "refusing a response_url outside Slack") }
            let body = JSONValue.object([("response_type", "ephemeral"), ("replace_original", false), ("text", .string(text)), ("blocks", blocks)])
            return outcome(post(url, body, token: nil), expectsOK: false)
        case .conversation(let channel):
            return attach(message.reply, to: channel, after: post("\(apiBase)/chat.postMessage", postBody(channel, text, blocks), token: workspace.botToken), workspace)
        case .directMessage(let identity):
            let opened = post("\(apiBase)/conversations.open", .object([("users", .string(identity.userID))]), token: workspace.botToken)
            guard case .success(let response) = opened, response.status == 200,
                let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any],
                object["ok"] as? Bool == true, let channel = (object["channel"] as? [String: Any])?["id"] as? String
            else { return outcome(opened, expectsOK: true) }
            return attach(message.reply, to: channel, after: post("\(apiBase)/chat.postMessage", postBody(channel, text, blocks), token: workspace.botToken), workspace)
        }
    }

    /// The post's outcome; when it was delivered, the reply's attachments are uploaded to the same channel.
    private func attach(_ reply: Reply, to channel: String, after posted: Result<HTTPResponse, HTTPClientError>, _ workspace: SlackWorkspace) -> DeliveryOutcome {
        let result = outcome(posted, expectsOK: true)
        guard result == .delivered else { return result }
        for case .attachment(let file) in reply.blocks { upload(file, to: channel, workspace) }
        return result
    }

    /// Best effort: the three steps of Slack's external upload. Returns whether the file was shared.
    @discardableResult
    private func upload(_ file: ReplyAttachment, to channel: String, _ workspace: SlackWorkspace) -> Bool {
        let bytes = Array(file.content.utf8)
        var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded", "Authorization": "Bearer \(workspace.botToken.reveal())"]
        let form = FormEncoding.encode([("filename", file.name), ("length", "\(bytes.count)")])
        guard let reserved = try? client.send(HTTPClientRequest(method: "POST", url: "\(apiBase)/files.getUploadURLExternal", headers: headers, body: Array(form.utf8))),
            let object = try? JSONSerialization.jsonObject(with: Data(reserved.body)) as? [String: Any], object["ok"] as? Bool == true,
            let uploadURL = object["upload_url"] as? String, let fileID = object["file_id"] as? String
        else { return false }
        headers = ["Content-Type": file.mimeType]
        guard let uploaded = try? client.send(HTTPClientRequest(method: "POST", url: uploadURL, headers: headers, body: bytes, timeoutSeconds: 30)),
            uploaded.status == 200
        else { return false }
        let complete = JSONValue.object([
            ("files", .array([.object([("id", .string(fileID)), ("title", .string(file.name))])])), ("channel_id", .string(channel)),
        ])
        guard case .success(let done) = post("\(apiBase)/files.completeUploadExternal", complete, token: workspace.botToken) else { return false }
        return (try? JSONSerialization.jsonObject(with: Data(done.body)) as? [String: Any])?["ok"] as? Bool == true
    }

    private func postBody(_ channel: String, _ text: String, _ blocks: JSONValue) -> JSONValue {
        .object([("channel", .string(channel)), ("text", .string(text)), ("blocks", blocks)])
    }

    private func post(_ url: String, _ body: JSONValue, token: Secret?) -> Result<HTTPResponse, HTTPClientError> {
        var headers: HTTPHeaders = ["Content-Type": "application/json; charset=utf-8"]
        if let token { headers.set("Authorization", "Bearer \(token.reveal())") }
        do {
            return .success(try client.send(HTTPClientRequest(method: "POST", url: url, headers: headers, body: body.bytes)))
        } catch let error as HTTPClientError {
            return .failure(error)
        } catch {
            return .failure(.transport(url: url, code: -1, reason: "\(error)"))
        }
    }

    /// Maps an HTTP result to what the outbox should do. Web API errors arrive as HTTP 200 with `ok:false`.
    private func outcome(_ result: Result<HTTPResponse, HTTPClientError>, expectsOK: Bool) -> DeliveryOutcome {
        switch result {
        case .failure(let error):
            return .retry(afterSeconds: nil, reason: error.description)
        case .success(let response) where response.status == 429:
            return .retry(afterSeconds: response.retryAfterSeconds(now: Date().timeIntervalSince1970) ?? 1, reason: "Slack rate limit (429)")
        case .success(let response) where response.status >= 500:
            return .retry(afterSeconds: nil, reason: "Slack HTTP \(response.status)")
        case .success(let response) where response.status != 200:
            return .failed(reason: "Slack HTTP \(response.status)")
        case .success(let response):
            guard expectsOK else { return .delivered }
            let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            if object?["ok"] as? Bool == true { return .delivered }
            let error = object?["error"] as? String ?? "unknown_error"
            return SlackSender.transientErrors.contains(error)
                ? .retry(afterSeconds: nil, reason: "Slack ok:false \(error)") : .failed(reason: "Slack ok:false \(error)")
        }
    }
}
