import MentorCore

/// Renders a ``Reply`` as Discord message content (Markdown) and button components.
///
/// Render the messages of ``split(_:references:)``: each fits one Discord message, buttons included.
public struct DiscordRenderer: Sendable {
    /// Discord's limit for one message's content.
    public static let maximumContentLength = PlatformCapabilities.discord.maximumMessageLength
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
    public func message(_ replies: [Reply], flags: Int) -> JSONValue {
        var members: [(String, JSONValue)] = [("content", .string(content(replies)))]
        let rows = components(of: replies)
        if !rows.isEmpty { members.append(("components", .array(rows))) }
        members.append(("flags", .int(flags)))
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

    /// The content of each message of `replies`, the buttons of the first as components and those of later ones as
    /// typed fallbacks: a bridge for ``DiscordPlatform``, whose follow-ups are queued as text.
    public func contentChunks(_ replies: [Reply]) -> [String] {
        let messages = DiscordRenderer.splitter.split(DiscordRenderer.typedWhereTooLong(replies))
        var typed = PlatformCapabilities.discord
        typed.maximumButtons = 0
        let later = ReplySplitter(capabilities: typed) { DiscordRenderer().markdown($0, typedButtons: true) }
        let rest = messages.count > 1 ? later.split(messages.dropFirst().flatMap { $0 }) : []
        return [content(messages[0])] + rest.map { message in
            message.map { reply in reply.blocks.map { markdown($0, typedButtons: true) }.filter { !$0.isEmpty }.joined(separator: "\n") }.joined(separator: "\n\n")
        }
    }

    /// The action rows of the first message of `replies`: a bridge for ``DiscordPlatform``.
    public func components(_ replies: [Reply]) -> [[String: Any]] {
        let first = DiscordRenderer.splitter.split(DiscordRenderer.typedWhereTooLong(replies))[0].actions
        return stride(from: 0, to: first.count, by: DiscordRenderer.buttonsPerRow).map { start in
            [
                "type": 1,
                "components": first[start..<min(first.count, start + DiscordRenderer.buttonsPerRow)].map { action in
                    ["type": 2, "style": 1, "label": String(action.label.prefix(80)), "custom_id": ButtonReferences.payload(action)]
                },
            ]
        }
    }

    /// Buttons too long for a `custom_id` as typed fallbacks, for the bridges, which have no reference store.
    static func typedWhereTooLong(_ replies: [Reply]) -> [Reply] {
        (try? ButtonReferences.fit(replies, capabilities: .discord, references: nil)) ?? replies
    }

    /// One block as Discord Markdown; buttons are components, or typed fallbacks when `typedButtons`.
    func markdown(_ block: ReplyBlock, typedButtons: Bool = false) -> String {
        switch block {
        case .heading(let text): "**\(text)**"
        case .text(let text): text
        case .fields(let fields): fields.map { "**\($0.label):** \($0.value)" }.joined(separator: "\n")
        case .list(let items): items.map { "• " + $0 }.joined(separator: "\n")
        case .code(let text): "```\n\(text)\n```"
        case .actions(let actions) where typedButtons: actions.map { "[\($0.label)] → type: \($0.fallback)" }.joined(separator: "\n")
        case .actions, .attachment: ""
        }
    }
}
