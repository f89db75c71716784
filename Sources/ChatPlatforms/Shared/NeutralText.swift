import Foundation
import MentorCore

/// Makes the text people wrote harmless in a platform's markup while keeping every letter (finding D7): a kudos,
/// circle name, office-hours topic or insight goes out to others exactly as readable, but notifies nobody and hides
/// no link.
///
/// - A whole-channel mention (`@channel`, `@**all**`, `@room` …, per platform) gets a word joiner (U+2060) after its
///   `@`, so it shows as written and is plain text.
/// - A Markdown link or image (`[text](url)`, `![x](y)`, `[text][ref]`, `[ref]: url`) gets a word joiner after its
///   `]`, so no dialect reads it as a link: the text and the address both show, as typed.
///
/// Slack needs neither: its renderer escapes `&`, `<` and `>`, which is what makes `<!channel>` and `<url|text>` there.
struct NeutralText: Sendable {
    /// The mentions that notify a whole channel or room on the platform.
    let mentions: [String]

    static let wordJoiner = "\u{2060}"

    /// `reply` with its mentions and links broken, in any letter case; buttons keep their commands, and code blocks
    /// (commands to type) keep their brackets.
    func neutral(_ reply: Reply) -> Reply {
        Reply(blocks: reply.blocks.map { block in
            switch block {
            case .heading(let text): .heading(neutral(text))
            case .text(let text): .text(neutral(text))
            case .code(let text): .code(breakingMentions(text))
            case .list(let items): .list(items.map(neutral))
            case .fields(let fields): .fields(fields.map { ReplyField(neutral($0.label), neutral($0.value)) })
            case .actions, .attachment: block
            }
        })
    }

    func neutral(_ text: String) -> String {
        NeutralText.breakingLinks(breakingMentions(text))
    }

    func breakingMentions(_ text: String) -> String {
        guard !mentions.isEmpty, text.contains("@") else { return text }
        var out = text
        for word in mentions {
            out = out.replacingOccurrences(of: word, with: "@" + NeutralText.wordJoiner + word.dropFirst(), options: .caseInsensitive)
        }
        return out
    }

    /// A word joiner between `]` and a following `(`, `[` or `:`, where Markdown would start a link's address.
    static func breakingLinks(_ text: String) -> String {
        guard text.contains("]") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 6)
        var previous: Character?
        for character in text {
            if previous == "]", character == "(" || character == "[" || character == ":" { out += wordJoiner }
            out.append(character)
            previous = character
        }
        return out
    }
}
