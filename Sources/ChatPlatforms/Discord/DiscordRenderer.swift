import MentorCore

/// Renders a ``Reply`` as Discord message content (Markdown) and button components.
public struct DiscordRenderer: Sendable {
    /// Discord's limit for one message's content.
    public static let maximumContentLength = 2000
    /// At most five buttons fit in one action row, and five rows in a message.
    static let buttonsPerRow = 5

    public init() {}

    /// The message content, split into chunks Discord accepts, at line breaks where possible.
    public func contentChunks(_ replies: [Reply]) -> [String] {
        let text = replies.map(markdown).joined(separator: "\n\n")
        var chunks: [String] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(line)
            while current.count + rest.count + 1 > DiscordRenderer.maximumContentLength {
                if current.isEmpty {
                    chunks.append(String(rest.prefix(DiscordRenderer.maximumContentLength)))
                    rest = rest.dropFirst(DiscordRenderer.maximumContentLength)
                } else {
                    chunks.append(current)
                    current = ""
                }
            }
            current += (current.isEmpty ? "" : "\n") + rest
        }
        if !current.isEmpty || chunks.isEmpty { chunks.append(current) }
        return chunks
    }

    /// Action rows of buttons; each button's `custom_id` carries the action id and value.
    public func components(_ replies: [Reply]) -> [[String: Any]] {
        let actions = replies.flatMap(\.blocks).flatMap { block -> [ReplyAction] in
            if case .actions(let actions) = block { return actions }
            return []
        }
        return stride(from: 0, to: min(actions.count, 25), by: DiscordRenderer.buttonsPerRow).map { start in
            [
                "type": 1,
                "components": actions[start..<min(actions.count, start + DiscordRenderer.buttonsPerRow)].map { action in
                    ["type": 2, "style": 1, "label": String(action.label.prefix(80)), "custom_id": String("\(action.id)|\(action.value)".prefix(100))]
                },
            ]
        }
    }

    private func markdown(_ reply: Reply) -> String {
        reply.blocks.compactMap { block -> String? in
            switch block {
            case .heading(let text): "**\(text)**"
            case .text(let text): text
            case .fields(let fields): fields.map { "**\($0.label):** \($0.value)" }.joined(separator: "\n")
            case .list(let items): items.map { "• " + $0 }.joined(separator: "\n")
            case .code(let text): "```\n\(text)\n```"
            case .actions, .attachment: nil
            }
        }.joined(separator: "\n")
    }
}
