import MentorCore

/// Renders a ``Reply`` as Discord message content (Markdown) and button components.
///
/// Render the messages of ``split(_:references:)``: each fits one Discord message, buttons included.
public struct DiscordRenderer: Sendable {
    /// At most five buttons fit in one action row.
    static let buttonsPerRow = 5

    public init() {}

    /// The splitter for Discord, measuring each block's Markdown.
    public static let splitter = ReplySplitter(capabilities: .discord) { DiscordRenderer().markdown($0) }

    /// `replies` as Discord messages: long buttons fitted through `references`, then split to Discord's limits.
    public func split(_ replies: [Reply], references: ButtonReferences? = nil) throws -> [[Reply]] {
        DiscordRenderer.splitter.split(try ButtonReferences.fit(replies, capabilities: .discord, references: references))
    }

    /// A message's `content`, `components` and `flags`, for a type-4 interaction response's `data` or a follow-up.
    ///
    /// Every message says `allowed_mentions: {parse: []}`, so an `@everyone`, `@here` or `<@id>` that someone wrote
    /// into a kudos or a circle name pings nobody (finding D7).
    public func message(_ replies: [Reply], flags: Int) -> JSONValue {
        var members: [(String, JSONValue)] = [("content", .string(content(replies)))]
        let rows = components(of: replies)
        if !rows.isEmpty { members.append(("components", .array(rows))) }
        members.append(("flags", .int(flags)))
        members.append(("allowed_mentions", .object([("parse", .array([]))])))
        return .object(members)
    }

    /// The Markdown content of one message.
    public func content(_ replies: [Reply]) -> String {
        replies.map { reply in reply.blocks.map { markdown($0) }.filter { !$0.isEmpty }.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// Action rows of five buttons; each button's `custom_id` carries the action id and value.
    func components(of replies: [Reply]) -> [JSONValue] {
        let actions = replies.actions
        return stride(from: 0, to: actions.count, by: DiscordRenderer.buttonsPerRow).map { start in
            .object([
                ("type", 1),
                ("components", .array(actions[start..<min(actions.count, start + DiscordRenderer.buttonsPerRow)].map { action in
                    .object([
                        ("type", 2), ("style", 1), ("label", .string(String(action.label.prefix(80)))),
                        ("custom_id", .string(ButtonReferences.payload(action))),
                    ])
                })),
            ])
        }
    }

    /// One block as Discord Markdown; buttons are components.
    func markdown(_ block: ReplyBlock) -> String {
        switch block {
        case .heading(let text): "**\(text)**"
        case .text(let text): text
        case .fields(let fields): fields.map { "**\($0.label):** \($0.value)" }.joined(separator: "\n")
        case .list(let items): items.map { "• " + $0 }.joined(separator: "\n")
        case .code(let text): "```\n\(text)\n```"
        case .actions, .attachment: ""
        }
    }
}
