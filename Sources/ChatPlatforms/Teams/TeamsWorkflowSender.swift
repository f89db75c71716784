import HTTPClient
import HTTPTypes
import MentorCore

/// Posts messages mentord starts itself (announcements) to Teams through a Workflows webhook URL, as an Adaptive
/// Card. Teams' outgoing webhooks can only answer, so this is the only way to post unprompted. A reply longer
/// than one card goes out as several, in order.
public struct TeamsWorkflowSender: PlatformSender {
    public let platform = TeamsPlatform.name
    let workflowURL: Secret
    let api: PlatformAPI

    /// The splitter for Teams, measuring each block as the card's JSON.
    public static let splitter = ReplySplitter(capabilities: .teams) { block in
        TeamsWorkflowSender.textBlock(block)?.text ?? ""
    }

    /// - Parameter workflowURL: the Workflows "post to a channel when a webhook request is received" URL; it holds a
    ///   signature, so it is treated as a secret.
    public init(workflowURL: Secret, client: any HTTPClient, clock: any Clock = SystemClock()) {
        self.workflowURL = workflowURL
        api = PlatformAPI(service: "Teams", baseURL: "", headers: [:], client: client, clock: clock)
    }

    public func deliver(_ envelope: OutboxEnvelope) -> DeliveryOutcome {
        .each(TeamsWorkflowSender.splitter.split([envelope.message.reply])) { message in
            api.outcome(api.post(workflowURL.reveal(), json: TeamsWorkflowSender.card(message)))
        }
    }

    /// One message as an Adaptive Card.
    static func card(_ replies: [Reply]) -> JSONValue {
        .object([
            ("type", "message"),
            ("attachments", .array([.object([
                ("contentType", "application/vnd.microsoft.card.adaptive"),
                ("content", .object([
                    ("$schema", "http://adaptivecards.io/schemas/adaptive-card.json"), ("type", "AdaptiveCard"), ("version", "1.4"),
                    ("body", .array(replies.flatMap(\.blocks).compactMap(textBlock))),
                ])),
            ])])),
        ])
    }

    /// One TextBlock per reply block; headings are bold and large. Buttons show their typed fallback, since a
    /// Workflows card cannot call back to mentord; attachments are left out (the reply carries their link).
    static func textBlock(_ block: ReplyBlock) -> JSONValue? {
        switch block {
        case .heading(let text):
            .object([("type", "TextBlock"), ("text", .string(text)), ("weight", "Bolder"), ("size", "Medium"), ("wrap", true)])
        case .attachment:
            nil
        default:
            .object([("type", "TextBlock"), ("text", .string(PlainTextRenderer().render(Reply(block)))), ("wrap", true)])
        }
    }
}
