import Foundation
import MentorCore

extension PlatformCapabilities {
    /// Teams through the Bot Framework: about 28 KB an activity (counted on the card's JSON, with room for the
    /// envelope), six `Action.Submit` buttons a card (what Teams shows without an overflow menu), and button data
    /// kept short: a longer action goes through a ``ButtonReferences`` token.
    public static let teamsBot = PlatformCapabilities(
        maximumMessageLength: 27_000, lengthUnit: .utf8, maximumButtons: 6, maximumButtonsPerBlock: 6, maximumButtonPayloadBytes: 256
    )
}

/// Renders a ``Reply`` as a Bot Framework message activity: Markdown text, or an Adaptive Card whose buttons are
/// `Action.Submit` with `data: {"mentord": "id|value"}` (``ButtonReferences/payload(_:)``), which Teams posts back as
/// the activity's `value` when pressed.
///
/// Render the messages of ``split(_:references:)``: each fits one Teams activity, buttons included.
public struct TeamsCardRenderer: Sendable {
    public init() {}

    /// The splitter for the Bot Framework, measuring each block's JSON in the card.
    public static let splitter = ReplySplitter(capabilities: .teamsBot) { block in
        if case .actions(let actions) = block { return JSONValue.array(actions.map(TeamsCardRenderer.submit)).text }
        return TeamsWorkflowSender.textBlock(block)?.text ?? ""
    }

    /// `replies` as Teams activities: long buttons fitted through `references`, then split to Teams' limits.
    public func split(_ replies: [Reply], references: ButtonReferences? = nil) throws -> [[Reply]] {
        TeamsCardRenderer.splitter.split(try ButtonReferences.fit(replies, capabilities: .teamsBot, references: references))
    }

    /// One message as an activity: Markdown text when it has no buttons, else an Adaptive Card.
    public func activity(_ replies: [Reply]) -> JSONValue {
        let actions = replies.actions
        guard !actions.isEmpty else {
            let text = TeamsPlatform.markdown(replies.plainText)
            return .object([("type", "message"), ("textFormat", "markdown"), ("text", .string(text))])
        }
        let body = replies.flatMap(\.blocks).filter { if case .actions = $0 { false } else { true } }.compactMap(TeamsWorkflowSender.textBlock)
        return .object([
            ("type", "message"),
            ("attachments", .array([.object([
                ("contentType", "application/vnd.microsoft.card.adaptive"),
                ("content", .object([
                    ("$schema", "http://adaptivecards.io/schemas/adaptive-card.json"), ("type", "AdaptiveCard"), ("version", "1.4"),
                    ("body", .array(body)), ("actions", .array(actions.map(Self.submit))),
                ])),
            ])])),
        ])
    }

    /// A file as an activity of its own: an inline attachment whose `contentUrl` is a `data:` URL, as Bot Framework
    /// documents for small files.
    public func file(_ file: ReplyAttachment) -> JSONValue {
        let data = "data:\(file.mimeType);base64," + Array(file.content.utf8).base64
        return .object([
            ("type", "message"),
            ("attachments", .array([.object([("contentType", .string(file.mimeType)), ("contentUrl", .string(data)), ("name", .string(file.name))])])),
        ])
    }

    /// One button as `Action.Submit`.
    static func submit(_ action: ReplyAction) -> JSONValue {
        .object([("type", "Action.Submit"), ("title", .string(action.label)), ("data", .object([("mentord", .string(ButtonReferences.payload(action)))]))])
    }
}

extension [UInt8] {
    /// The bytes in standard base64.
    fileprivate var base64: String { Data(self).base64EncodedString() }
}
