import MentorCore

/// The reply of issue 12's "no silent truncation": 60 blocks and over 40,000 characters, with Japanese, emoji and
/// buttons whose commands are too long for any button payload. What a platform delivers of it, all messages together,
/// must hold every ``pieces`` entry.
public enum LongReply {
    /// 60 blocks: headings, paragraphs, lists, fields, code, an over-long single line and button rows.
    public static let reply: Reply = {
        var blocks: [ReplyBlock] = []
        let japanese = "メンターとの面談は毎週木曜日です。目標を一緒に確認しましょう。"
        let emoji = "🙂👩🏽‍💻🇯🇵👨‍👩‍👧‍👦"
        for index in 0..<60 {
            let tag = "B\(index)"
            switch index % 6 {
            case 0: blocks.append(.heading("\(tag) 見出し \(emoji) heading"))
            case 1:
                blocks.append(.text((0..<14).map { line in "\(tag)L\(line) \(japanese) \(emoji) plain words for line \(line)" }.joined(separator: "\n")))
            case 2: blocks.append(.list((0..<12).map { "\(tag)I\($0) item \(japanese)" }))
            case 3: blocks.append(.fields((0..<12).map { ReplyField("\(tag)F\($0)", "value \($0) \(emoji) 東京") }))
            case 4 where index == 4:
                // One line longer than any platform's message, with no line break to split at.
                blocks.append(.text(tag + String(repeating: "長い行" + emoji, count: 1500)))
            case 4: blocks.append(.code((0..<10).map { "\(tag)C\($0) let value = \($0) // コード" }.joined(separator: "\n")))
            default:
                blocks.append(.actions((0..<6).map { button in
                    .command("\(tag)A\(button) accept " + String(repeating: "x", count: 150 + button * 20), label: "\(tag)K\(button)")
                }))
            }
        }
        return Reply(blocks: blocks)
    }()

    /// What every message together must contain: each block's words, each button's command.
    public static var pieces: [String] {
        reply.blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let text), .text(let text), .code(let text): text.split(separator: "\n").map(String.init)
            case .list(let items): items
            case .fields(let fields): fields.flatMap { [$0.label, $0.value] }
            case .actions(let actions): actions.map(\.value)
            case .attachment: []
            }
        }
    }

    /// The pieces missing from `texts` (the delivered messages) and `commands` (what the delivered buttons run).
    ///
    /// White space is ignored, so line breaks moved by the split do not matter.
    public static func missing(from texts: [String], commands: Set<String> = []) -> [String] {
        let all = squeezed(texts.joined())
        return pieces.filter { !all.contains(squeezed($0)) && !commands.contains($0) }
    }

    /// `text` without white space.
    public static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
