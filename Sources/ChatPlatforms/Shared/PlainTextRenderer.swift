import MentorCore

/// Renders a ``Reply`` as plain text, for the console and platforms without markup.
public struct PlainTextRenderer: Sendable {
    public init() {}

    /// The reply as plain text, one line per block line.
    public func render(_ reply: Reply) -> String {
        reply.blocks.compactMap(render).joined(separator: "\n")
    }

    private func render(_ block: ReplyBlock) -> String? {
        switch block {
        case .heading(let text):
            return text
        case .text(let text):
            return text
        case .fields(let fields):
            let width = fields.map(\.label.count).max() ?? 0
            return fields.map { field in
                field.label + ":" + String(repeating: " ", count: width - field.label.count + 1) + field.value
            }.joined(separator: "\n")
        case .list(let items):
            return items.map { "  • " + $0 }.joined(separator: "\n")
        case .code(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        case .actions(let actions):
            return actions.map { "  " + $0.typedFallback }.joined(separator: "\n")
        case .attachment:
            return nil
        }
    }
}

extension [Reply] {
    /// The replies as plain text, a blank line apart: what text-only platforms and synchronous reply bodies show.
    public var plainText: String { map(PlainTextRenderer().render).joined(separator: "\n\n") }
}
