import MentorCore

/// Telegram Bot API message bodies: text split to Telegram's limit, buttons as an inline keyboard.
public enum TelegramMessage {
    /// Telegram's limit for one message's text.
    public static let maximumTextLength = 4096

    /// `sendMessage` parameters for each part of `replies`; buttons go with the last part.
    public static func sendMessages(_ replies: [Reply], chatID: String) -> [[String: Any]] {
        let text = replies.map(PlainTextRenderer().render).joined(separator: "\n\n")
        var parts: [String] = []
        var rest = Substring(text)
        while rest.count > maximumTextLength {
            let window = rest.prefix(maximumTextLength)
            let cut = window.lastIndex(of: "\n").map { rest.index(after: $0) } ?? window.endIndex
            parts.append(String(rest[..<cut]).trimmingSuffixNewline)
            rest = rest[cut...]
        }
        parts.append(String(rest))
        let actions = replies.flatMap(\.blocks).flatMap { block -> [ReplyAction] in
            if case .actions(let actions) = block { return actions }
            return []
        }
        return parts.enumerated().map { index, part in
            var message: [String: Any] = ["chat_id": chatID, "text": part]
            if index == parts.count - 1, !actions.isEmpty {
                message["reply_markup"] = ["inline_keyboard": [actions.map { action in
                    ["text": action.label, "callback_data": String("\(action.id)|\(action.value)".utf8.prefix(64)) ?? action.id]
                }]]
            }
            return message
        }
    }
}

extension String {
    fileprivate var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
