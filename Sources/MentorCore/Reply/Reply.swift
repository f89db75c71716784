/// A platform-neutral reply document. Each platform renders it to its own markup.
///
/// ```swift
/// Reply(.heading("Your profile"), .fields([.init("Time zone", "Asia/Tokyo")]))
/// ```
public struct Reply: Sendable, Equatable, Codable {
    public var blocks: [ReplyBlock]
    /// For a reply holding a secret of the person who asked: what is written down instead of `blocks`
    /// (see ``confidential(_:kept:)``); nil for every other reply.
    public var keptBlocks: [ReplyBlock]?

    public init(_ blocks: ReplyBlock...) { self.blocks = blocks }
    public init(blocks: [ReplyBlock]) { self.blocks = blocks }

    /// A reply that is one paragraph of text.
    public static func text(_ text: String) -> Reply { Reply(.text(text)) }
}

/// One block of a ``Reply``.
public enum ReplyBlock: Sendable, Equatable, Codable {
    /// A short bold line.
    case heading(String)
    /// A paragraph of plain text.
    case text(String)
    /// Label/value pairs, e.g. profile fields.
    case fields([ReplyField])
    /// A bulleted list.
    case list([String])
    /// Literal text shown in a fixed-width font, e.g. a command to type.
    case code(String)
    /// Buttons; platforms without buttons show the text fallback.
    case actions([ReplyAction])
    /// A small file, such as a calendar invite, attached where the platform allows; elsewhere it is left out, so
    /// the reply must also say where to get it (a link).
    case attachment(ReplyAttachment)
}

/// A small text file carried in a reply.
public struct ReplyAttachment: Sendable, Equatable, Codable {
    public var name: String
    public var mimeType: String
    public var content: String

    public init(name: String, mimeType: String, content: String) {
        self.name = name
        self.mimeType = mimeType
        self.content = content
    }
}

/// A label and its value.
public struct ReplyField: Sendable, Equatable, Codable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A button. `id` names the action, `value` carries its argument, and `fallback` is the command to type instead.
public struct ReplyAction: Sendable, Equatable, Codable {
    public var id: String
    public var label: String
    public var value: String
    public var fallback: String
    /// The word before the fallback in the reader's language (`type:`, `escribe:`), set once the reader is known.
    public var prompt: String?

    public init(id: String, label: String, value: String, fallback: String, prompt: String? = nil) {
        self.id = id
        self.label = label
        self.value = value
        self.fallback = fallback
        self.prompt = prompt
    }

    /// How a button reads where it cannot be pressed: `[Accept] → type: accept 12`, `[Aceptar] → escribe: accept 12`.
    public var typedFallback: String { "[\(label)] → \(prompt ?? "type:") \(fallback)" }

    /// A button that runs the chat command `text`, e.g. `.command("accept 12", label: "Accept")`; its typed
    /// fallback is `text` too, unless `fallback` shows more (`decline 12 [reason]`).
    public static func command(_ text: String, label: String, fallback: String? = nil) -> ReplyAction {
        ReplyAction(id: ButtonID.run.rawValue, label: label, value: text, fallback: fallback ?? text)
    }

    /// A button that answers the open conversation's question with `choice`, which is also what to type; it reads
    /// `label` when given (`[sí] → escribe: yes`), else `choice`.
    public static func flowAnswer(_ choice: String, label: String? = nil) -> ReplyAction {
        ReplyAction(id: ButtonID.flowAnswer.rawValue, label: label ?? choice, value: choice, fallback: choice)
    }
}

extension Reply {
    /// Every button of this reply, in order.
    public var actions: [ReplyAction] {
        blocks.flatMap { block -> [ReplyAction] in
            if case .actions(let actions) = block { return actions }
            return []
        }
    }

    /// The reply merged from `replies`: their blocks, in order.
    public init(joining replies: [Reply]) { self.init(blocks: replies.flatMap(\.blocks)) }
}

extension [Reply] {
    /// Every button of these replies, in order.
    public var actions: [ReplyAction] { flatMap(\.actions) }
}
