import Foundation
import MentorCore

/// Breaks a platform's whole-channel mentions in reply text: a word joiner after the `@` keeps `@channel` readable
/// but makes it plain text, so a kudos or circle name someone wrote notifies nobody (finding D7).
struct BroadcastMentions: Sendable {
    let words: [String]

    /// `reply` with every mention in ``words`` broken, in any letter case; buttons keep their commands.
    func neutral(_ reply: Reply) -> Reply {
        guard !words.isEmpty else { return reply }
        return Reply(blocks: reply.blocks.map { block in
            switch block {
            case .heading(let text): .heading(neutral(text))
            case .text(let text): .text(neutral(text))
            case .code(let text): .code(neutral(text))
            case .list(let items): .list(items.map(neutral))
            case .fields(let fields): .fields(fields.map { ReplyField(neutral($0.label), neutral($0.value)) })
            case .actions, .attachment: block
            }
        })
    }

    func neutral(_ text: String) -> String {
        guard text.contains("@") else { return text }
        var out = text
        for word in words {
            out = out.replacingOccurrences(of: word, with: "@\u{2060}" + word.dropFirst(), options: .caseInsensitive)
        }
        return out
    }
}
