import MentorCore

/// Telegram Bot API message bodies: plain text split to Telegram's limit, each part with its own inline keyboard.
public enum TelegramMessage {
    /// Telegram's limit for one message's text.
    public static let maximumTextLength = PlatformCapabilities.telegram.maximumMessageLength

    /// The splitter for Telegram, measuring each block's plain text.
    public static let splitter = ReplySplitter(capabilities: .telegram) { PlainTextRenderer().render(Reply($0)) }

    /// `replies` as Telegram messages: long buttons fitted through `references`, then split to Telegram's limits.
    public static func split(_ replies: [Reply], references: ButtonReferences? = nil) throws -> [[Reply]] {
        splitter.split(try ButtonReferences.fit(replies, capabilities: .telegram, references: references))
    }

    /// `sendMessage` parameters for one message of ``split(_:references:)``; `method` is set for a webhook answer.
    public static func sendMessage(_ replies: [Reply], chatID: String, method: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let method { members.append(("method", .string(method))) }
        members += [("chat_id", .string(chatID)), ("text", .string(replies.plainText))]
        let actions = replies.actions
        if !actions.isEmpty {
            let rows = keyboardRows(actions).map { row in
                JSONValue.array(row.map { .object([("text", .string($0.label)), ("callback_data", .string(ButtonReferences.payload($0)))]) })
            }
            members.append(("reply_markup", .object([("inline_keyboard", .array(rows))])))
        }
        return .object(members)
    }

    /// Telegram shows at most eight buttons side by side.
    static let buttonsPerRow = 8

    static func keyboardRows(_ actions: [ReplyAction]) -> [ArraySlice<ReplyAction>] {
        stride(from: 0, to: actions.count, by: buttonsPerRow).map { actions[$0..<min(actions.count, $0 + buttonsPerRow)] }
    }

    /// `sendMessage` parameters for each part of `replies`, buttons too long for `callback_data` shown as their
    /// typed fallback: a bridge for ``TelegramPlatform``, which has no reference store.
    public static func sendMessages(_ replies: [Reply], chatID: String) -> [[String: Any]] {
        let fitted = (try? ButtonReferences.fit(replies, capabilities: .telegram, references: nil)) ?? replies
        return splitter.split(fitted).map { message in
            var parameters: [String: Any] = ["chat_id": chatID, "text": message.plainText]
            let actions = message.actions
            if !actions.isEmpty {
                parameters["reply_markup"] = ["inline_keyboard": keyboardRows(actions).map { row in
                    row.map { ["text": $0.label, "callback_data": ButtonReferences.payload($0)] }
                }]
            }
            return parameters
        }
    }
}
