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
    public func blocks(_ replies: [Reply]) -> JSONValue {
        var blocks: [JSONValue] = []
        for (index, reply) in replies.enumerated() {
            if index > 0 { blocks.append(.object([("type", "divider")])) }
            for block in reply.blocks { blocks += render(block) }
        }
        return .array(Array(blocks.prefix(BlockKitRenderer.maximumBlocks)))
    }

    /// A response body for a slash command or interaction: visible only to the person who asked.
    public func ephemeralResponse(_ replies: [Reply]) -> [UInt8] {
        JSONValue.object([
            ("response_type", "ephemeral"), ("text", .string(fallbackText(replies))), ("blocks", blocks(replies)),
        ]).bytes
    }

    /// Plain text for notifications and clients that cannot show blocks.
    public func fallbackText(_ replies: [Reply]) -> String {
        String(replies.map(PlainTextRenderer().render).joined(separator: "\n\n").prefix(BlockKitRenderer.maximumSectionText))
    }

    private func render(_ block: ReplyBlock) -> [JSONValue] {
        switch block {
        case .heading(let text):
            return [.object([("type", "header"), ("text", .object([("type", "plain_text"), ("text", .string(String(text.prefix(150)))), ("emoji", true)]))])]
        case .text(let text):
            return sections(BlockKitRenderer.escape(text))
        case .fields(let fields):
            return stride(from: 0, to: fields.count, by: BlockKitRenderer.maximumFields).map { start in
                let chunk = fields[start..<min(fields.count, start + BlockKitRenderer.maximumFields)]
                return .object([("type", "section"), ("fields", .array(chunk.map { field in
                    .object([("type", "mrkdwn"), ("text", .string("*\(BlockKitRenderer.escape(field.label))*\n\(BlockKitRenderer.escape(field.value))"))])
                }))])
            }
        case .list(let items):
            return sections(items.map { "• " + BlockKitRenderer.escape($0) }.joined(separator: "\n"))
        case .code(let text):
            return sections("```" + BlockKitRenderer.escape(text) + "```")
        case .actions(let actions):
            return [.object([("type", "actions"), ("elements", .array(actions.enumerated().map { index, action in
                .object([
                    ("type", "button"), ("text", .object([("type", "plain_text"), ("text", .string(String(action.label.prefix(75))))])),
                    ("action_id", .string("\(action.id)|\(index)")), ("value", .string(String(action.value.prefix(2000)))),
                ])
            }))])]
        case .attachment:
            // Files are not blocks; the reply carries the link too.
            return []
        }
    }

    /// Long text split over several sections at line breaks.
    private func sections(_ text: String) -> [JSONValue] {
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
        return chunks.map { .object([("type", "section"), ("text", .object([("type", "mrkdwn"), ("text", .string($0))]))]) }
    }

    /// Slack's mrkdwn reserves `&`, `<` and `>`; escaped in one pass.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
