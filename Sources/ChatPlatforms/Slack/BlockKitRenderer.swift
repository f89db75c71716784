import Foundation
import MentorCore

/// Renders a ``Reply`` as Slack Block Kit, with a plain-text fallback for notifications.
public struct BlockKitRenderer: Sendable {
    /// Slack refuses more than 50 blocks, more than 3000 characters in a section, and more than 10 fields.
    static let maximumBlocks = 50
    static let maximumSectionText = 3000
    static let maximumFields = 10

    public init() {}

    /// The `blocks` array for `replies`, separated by dividers.
    public func blocks(_ replies: [Reply]) -> [[String: Any]] {
        var blocks: [[String: Any]] = []
        for (index, reply) in replies.enumerated() {
            if index > 0 { blocks.append(["type": "divider"]) }
            for block in reply.blocks { blocks += render(block) }
        }
        return Array(blocks.prefix(BlockKitRenderer.maximumBlocks))
    }

    /// A response body for a slash command or interaction: visible only to the person who asked.
    public func ephemeralResponse(_ replies: [Reply]) -> [UInt8] {
        let body: [String: Any] = [
            "response_type": "ephemeral", "text": fallbackText(replies), "blocks": blocks(replies),
        ]
        return (try? Array(JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]))) ?? []
    }

    /// Plain text for notifications and clients that cannot show blocks.
    public func fallbackText(_ replies: [Reply]) -> String {
        String(replies.map(PlainTextRenderer().render).joined(separator: "\n\n").prefix(BlockKitRenderer.maximumSectionText))
    }

    private func render(_ block: ReplyBlock) -> [[String: Any]] {
        switch block {
        case .heading(let text):
            return [["type": "header", "text": ["type": "plain_text", "text": String(text.prefix(150)), "emoji": true]]]
        case .text(let text):
            return sections(BlockKitRenderer.escape(text))
        case .fields(let fields):
            return stride(from: 0, to: fields.count, by: BlockKitRenderer.maximumFields).map { start in
                let chunk = fields[start..<min(fields.count, start + BlockKitRenderer.maximumFields)]
                return ["type": "section", "fields": chunk.map { field in
                    ["type": "mrkdwn", "text": "*\(BlockKitRenderer.escape(field.label))*\n\(BlockKitRenderer.escape(field.value))"]
                }]
            }
        case .list(let items):
            return sections(items.map { "• " + BlockKitRenderer.escape($0) }.joined(separator: "\n"))
        case .code(let text):
            return sections("```" + BlockKitRenderer.escape(text) + "```")
        case .actions(let actions):
            return [["type": "actions", "elements": actions.enumerated().map { index, action in
                [
                    "type": "button", "text": ["type": "plain_text", "text": String(action.label.prefix(75))],
                    "action_id": "\(action.id)|\(index)", "value": String(action.value.prefix(2000)),
                ] as [String: Any]
            }]]
        }
    }

    /// Long text split over several sections at line breaks.
    private func sections(_ text: String) -> [[String: Any]] {
        var chunks: [String] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current.count + line.count + 1 > BlockKitRenderer.maximumSectionText, !current.isEmpty {
                chunks.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : "\n") + line.prefix(BlockKitRenderer.maximumSectionText)
        }
        if !current.isEmpty || chunks.isEmpty { chunks.append(current) }
        return chunks.map { ["type": "section", "text": ["type": "mrkdwn", "text": $0]] }
    }

    /// Slack's mrkdwn reserves `&`, `<` and `>`.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
