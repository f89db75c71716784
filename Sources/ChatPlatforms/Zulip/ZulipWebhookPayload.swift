/// What a Zulip outgoing webhook posts: the bot's token, the matched text (`data`) and the triggering message.
struct ZulipWebhookPayload: Decodable {
    struct Message: Decodable {
        let id: Int?
        let senderID: Int?
        let senderEmail: String?
        let senderRealm: String?
        let content: String?
        let type: String?
        let streamID: Int?
        let subject: String?

        enum CodingKeys: String, CodingKey {
            case id, content, type, subject
            case senderID = "sender_id"
            case senderEmail = "sender_email"
            case senderRealm = "sender_realm_str"
            case streamID = "stream_id"
        }
    }

    let token: String?
    let data: String?
    let message: Message?
}
