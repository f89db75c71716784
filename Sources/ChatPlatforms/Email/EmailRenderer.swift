import HTTPTypes
import Foundation
import MentorCore

/// A ``Reply`` as an email's text and HTML: buttons become links to the daemon's confirmation pages (``EmailLinks``),
/// or, with no public address, the command to type in chat.
struct EmailRenderer {
    /// How each button is shown: its label and where it leads, or nil for the typed fallback.
    let link: (ReplyAction) -> String?

    /// The first heading (or the first line of text), for the subject.
    func subject(_ reply: Reply) -> String {
        for block in reply.blocks {
            switch block {
            case .heading(let text): return Self.line(text)
            case .text(let text): return Self.line(text)
            default: continue
            }
        }
        return "mentord"
    }

    func text(_ reply: Reply) -> String {
        reply.blocks.compactMap { block -> String? in
            switch block {
            case .heading(let text): return text + "\n" + String(repeating: "=", count: min(text.count, 60))
            case .text(let text): return text
            case .fields(let fields): return fields.map { "\($0.label): \($0.value)" }.joined(separator: "\n")
            case .list(let items): return items.map { "• " + $0 }.joined(separator: "\n")
            case .code(let text): return text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
            case .actions(let actions):
                return actions.map { action in link(action).map { "\(action.label): \($0)" } ?? Self.typed(action) }.joined(separator: "\n")
            case .attachment(let file): return "(\(file.name) is attached)"
            }
        }.joined(separator: "\n\n")
    }

    func html(_ reply: Reply) -> String {
        let body = reply.blocks.compactMap { block -> String? in
            switch block {
            case .heading(let text): return "<h2 style=\"font-size:18px;margin:0 0 12px\">\(HTMLText.escape(text))</h2>"
            case .text(let text): return "<p>\(HTMLText.escape(text).replacingOccurrences(of: "\n", with: "<br>"))</p>"
            case .fields(let fields):
                return "<p>" + fields.map { "<b>\(HTMLText.escape($0.label)):</b> \(HTMLText.escape($0.value))" }.joined(separator: "<br>") + "</p>"
            case .list(let items): return "<ul>" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
            case .code(let text): return "<pre>\(HTMLText.escape(text))</pre>"
            case .actions(let actions):
                return "<p>" + actions.map { action in
                    guard let url = link(action) else { return "<code>\(HTMLText.escape(Self.typed(action)))</code>" }
                    return "<a href=\"\(HTMLText.escape(url))\" style=\"display:inline-block;padding:8px 14px;margin:4px 8px 4px 0;"
                        + "background:#2c2d30;color:#fff;border-radius:4px;text-decoration:none\">\(HTMLText.escape(action.label))</a>"
                }.joined(separator: " ") + "</p>"
            case .attachment(let file): return "<p><i>\(HTMLText.escape(file.name))</i></p>"
            }
        }.joined(separator: "\n")
        return "<!DOCTYPE html>\n<html><body style=\"font-family:sans-serif;font-size:15px;line-height:1.4\">\n\(body)\n</body></html>\n"
    }

    /// `type: /mentor accept 1` in the reader's words.
    static func typed(_ action: ReplyAction) -> String {
        "\(action.label) — \(action.prompt ?? "type:") \(action.fallback)"
    }


    /// The first line, at most 120 characters.
    private static func line(_ text: String) -> String {
        String((text.split(separator: "\n").first.map(String.init) ?? text).prefix(120))
    }
}
