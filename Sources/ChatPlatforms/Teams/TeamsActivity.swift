import Foundation

/// A Bot Framework activity, as the Bot Connector (and a Teams outgoing webhook) posts it. mentord reads `message`
/// activities (typed text, or an Adaptive Card `Action.Submit` click in `value`) and, from the Bot Connector,
/// `conversationUpdate` and `installationUpdate` for the conversation reference.
struct TeamsActivity: Decodable {
    struct Account: Decodable {
        let id: String?
        let aadObjectId: String?
    }

    struct Conversation: Decodable {
        let id: String?
        let tenantId: String?
        /// `personal` for a 1:1 chat with the bot, `groupChat` or `channel` otherwise.
        let conversationType: String?
    }

    struct Tenant: Decodable {
        let id: String?
    }

    struct ChannelData: Decodable {
        let tenant: Tenant?
    }

    /// What an `Action.Submit` button sends back: the `data` mentord gave it.
    struct SubmitValue: Decodable {
        /// ``ButtonReferences/payload(_:)`` of the pressed button.
        let mentord: String?
    }

    let id: String?
    let type: String?
    let text: String?
    let from: Account?
    /// The bot, as Teams addresses it (`28:<app id>`).
    let recipient: Account?
    let conversation: Conversation?
    let channelData: ChannelData?
    /// Where the Connector for this conversation is; replies and proactive messages go there.
    let serviceUrl: String?
    /// `msteams` from Teams; the JWKS says which channels each key signs for.
    let channelId: String?
    let value: SubmitValue?

    /// The tenant the activity comes from.
    var tenant: String? { channelData?.tenant?.id ?? conversation?.tenantId }

    /// The person's id in mentord: their AAD object id when Teams gives it (the outgoing webhook's id too), else
    /// their Bot Framework id.
    var userID: String? { from?.aadObjectId ?? from?.id }
}

extension TeamsActivity {
    /// The command in a message's text: the `<at>mentord</at>` mention and other markup removed.
    static func command(_ text: String) -> String {
        text.replacing(/<at>[^<]*<\/at>/, with: "").replacing(/<[^>]+>/, with: "")
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension TeamsActivity.SubmitValue {
    init(from decoder: any Decoder) throws {
        // A card from elsewhere may submit any JSON; only mentord's own member is read.
        let container = try? decoder.container(keyedBy: CodingKeys.self)
        mentord = try? container?.decodeIfPresent(String.self, forKey: .mentord)
    }

    enum CodingKeys: String, CodingKey { case mentord }
}
