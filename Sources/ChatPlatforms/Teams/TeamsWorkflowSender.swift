import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Posts messages mentord starts itself (announcements) to Teams through a Workflows webhook URL, as an Adaptive
/// Card. Teams' outgoing webhooks can only answer, so this is the only way to post unprompted.
public struct TeamsWorkflowSender: PlatformSender {
    public let platform = TeamsPlatform.name
    let workflowURL: Secret
    let client: any HTTPClient

    /// - Parameter workflowURL: the Workflows "post to a channel when a webhook request is received" URL; it holds a
    ///   signature, so it is treated as a secret.
    public init(workflowURL: Secret, client: any HTTPClient) {
        self.workflowURL = workflowURL
        self.client = client
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        let card = JSONValue.object([
            ("type", "message"),
            ("attachments", .array([.object([
                ("contentType", "application/vnd.microsoft.card.adaptive"),
                ("content", .object([
                    ("$schema", "http://adaptivecards.io/schemas/adaptive-card.json"), ("type", "AdaptiveCard"), ("version", "1.4"),
                    ("body", .array(TeamsWorkflowSender.textBlocks(envelope.message.reply))),
                ])),
            ])])),
        ])
        do {
            let response = try client.send(HTTPClientRequest(
                method: "POST", url: workflowURL.reveal(), headers: ["Content-Type": "application/json"], body: card.bytes
            ))
            switch response.status {
            case 200..<300: return .delivered
            case 429: return .retry(afterSeconds: response.retryAfterSeconds(now: Date().timeIntervalSince1970) ?? 1, reason: "Teams rate limit (429)")
            case 500...: return .retry(afterSeconds: nil, reason: "Teams HTTP \(response.status)")
            default: return .failed(reason: "Teams HTTP \(response.status)")
            }
        } catch {
            return .retry(afterSeconds: nil, reason: "\(error)")
        }
    }

    /// One TextBlock per reply block; headings are bold and large.
    static func textBlocks(_ reply: Reply) -> [JSONValue] {
        reply.blocks.compactMap { block -> JSONValue? in
            switch block {
            case .heading(let text):
                .object([("type", "TextBlock"), ("text", .string(text)), ("weight", "Bolder"), ("size", "Medium"), ("wrap", true)])
            case .actions:
                nil
            default:
                .object([("type", "TextBlock"), ("text", .string(PlainTextRenderer().render(Reply(block)))), ("wrap", true)])
            }
        }
    }
}
