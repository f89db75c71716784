import MentorCore

/// Telegram Bot API message bodies: plain text split to Telegram's limit, each part with its own inline keyboard.
public enum TelegramMessage {
    /// The splitter for Telegram, measuring each block's plain text.
    public static let splitter = ReplySplitter.plainText(.telegram)

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
}
