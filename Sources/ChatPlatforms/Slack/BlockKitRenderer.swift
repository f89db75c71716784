import Foundation
import MentorCore

/// Renders a ``Reply`` as Slack Block Kit, with a plain-text fallback for notifications.
///
/// Render the messages of ``split(_:references:)``: each of its blocks becomes exactly one Slack block.
public struct BlockKitRenderer: Sendable {
    /// Slack shows at most 150 characters in a header; a longer heading becomes a bold section.
    static let maximumHeaderText = 150
    /// The notification text is a preview; the blocks carry the whole message.
    static let maximumFallbackText = 3000

    public init() {}

    /// The splitter for Slack, counting each block's mrkdwn without writing it (slash commands are a hot path).
    public static let splitter = ReplySplitter(capabilities: .slack, measure: BlockKitRenderer.mrkdwnLength)

    /// `replies` as Slack messages: long buttons fitted through `references`, then split to Slack's limits.
    public func split(_ replies: [Reply], references: ButtonReferences? = nil) throws -> [[Reply]] {
        BlockKitRenderer.splitter.split(try ButtonReferences.fit(replies, capabilities: .slack, references: references))
    }

    /// A slash command's HTTP response body for one message: visible only to the person who asked. The rest of a long
    /// answer follows through `response_url` (``Delivery/followUps(_:platform:to:at:)``).
    func ephemeralBody(_ message: [Reply]) -> [UInt8] {
        JSONValue.object([
            ("response_type", "ephemeral"), ("text", .string(fallbackText(message))), ("blocks", blocks(message)),
        ]).bytes
    }

    /// The `blocks` array for one message of ``split(_:references:)``, replies separated by dividers.
    public func blocks(_ replies: [Reply]) -> JSONValue {
        var blocks: [JSONValue] = []
        for (index, reply) in replies.enumerated() {
            if index > 0 { blocks.append(.object([("type", "divider")])) }
            for block in reply.blocks { blocks += render(block) }
        }
        return .array(blocks)
    }

    /// Plain text for notifications and clients that cannot show blocks: a preview, since the blocks carry all.
    /// Slack reads it as mrkdwn too, so it is escaped like the blocks: `<!channel>` someone wrote stays text (D7).
    public func fallbackText(_ replies: [Reply]) -> String {
        BlockKitRenderer.escape(String(replies.plainText.prefix(BlockKitRenderer.maximumFallbackText)))
    }

    /// The mrkdwn text of one block, as it counts against Slack's limits; buttons count as blocks, not text.
    func mrkdwn(_ block: ReplyBlock) -> String {
        switch block {
        case .heading(let text): text
        case .text(let text): BlockKitRenderer.escape(text)
        case .fields(let fields): fields.map { "*\(BlockKitRenderer.escape($0.label))*\n\(BlockKitRenderer.escape($0.value))" }.joined(separator: "\n")
        case .list(let items): items.map { "• " + BlockKitRenderer.escape($0) }.joined(separator: "\n")
        case .code(let text): "```" + BlockKitRenderer.escape(text) + "```"
        case .actions, .attachment: ""
        }
    }

    /// The length of ``mrkdwn(_:)`` in code points, counted without writing it.
    static func mrkdwnLength(_ block: ReplyBlock) -> Int {
        switch block {
        case .heading(let text): text.unicodeScalars.count
        case .text(let text): escapedLength(text)
        case .fields(let fields): fields.reduce(fields.count - 1) { $0 + 3 + escapedLength($1.label) + escapedLength($1.value) }
        case .list(let items): items.reduce(items.count - 1) { $0 + 2 + escapedLength($1) }
        case .code(let text): 6 + escapedLength(text)
        case .actions, .attachment: 0
        }
    }

    /// The code points of `text` once ``escape(_:)`` has written `&`, `<` and `>` as entities.
    static func escapedLength(_ text: String) -> Int {
        var length = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): length += 5
            case UInt8(ascii: "<"), UInt8(ascii: ">"): length += 4
            case 0x80..<0xC0: continue
            default: length += 1
            }
        }
        return length
    }

    private func render(_ block: ReplyBlock) -> [JSONValue] {
        switch block {
        case .heading(let text) where text.unicodeScalars.count <= BlockKitRenderer.maximumHeaderText:
            return [.object([("type", "header"), ("text", .object([("type", "plain_text"), ("text", .string(BlockKitRenderer.plain(text))), ("emoji", true)]))])]
        case .heading(let text):
            return [section("*" + BlockKitRenderer.escape(text) + "*")]
        case .text, .list, .code:
            return [section(mrkdwn(block))]
        case .fields(let fields):
            return [.object([("type", "section"), ("fields", .array(fields.map { field in
                .object([("type", "mrkdwn"), ("text", .string("*\(BlockKitRenderer.escape(field.label))*\n\(BlockKitRenderer.escape(field.value))"))])
            }))])]
        case .actions(let actions):
            return [.object([("type", "actions"), ("elements", .array(actions.enumerated().map { index, action in
                .object([
                    ("type", "button"), ("text", .object([("type", "plain_text"), ("text", .string(String(action.label.prefix(75))))])),
                    ("action_id", .string("\(action.id)|\(index)")), ("value", .string(action.value)),
                ])
            }))])]
        case .attachment:
            // Files are not blocks; the reply carries the link too.
            return []
        }
    }

    private func section(_ text: String) -> JSONValue {
        .object([("type", "section"), ("text", .object([("type", "mrkdwn"), ("text", .string(text))]))])
    }

    /// Text for a `plain_text` object, which shows entities as typed: a word joiner after each `<` keeps a
    /// `<!channel>` someone wrote into a heading readable and inert, wherever Slack might read it (D7).
    static func plain(_ text: String) -> String {
        text.contains("<") ? text.replacingOccurrences(of: "<", with: "<\u{2060}") : text
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
