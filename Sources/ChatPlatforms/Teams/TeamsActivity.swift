/// A Bot Framework activity as a Teams outgoing webhook posts it; mentord reads `message` activities.
struct TeamsActivity: Decodable {
    struct Account: Decodable {
        let id: String?
        let aadObjectId: String?
    }

    struct Conversation: Decodable {
        let id: String?
        let tenantId: String?
    }

    struct Tenant: Decodable {
        let id: String?
    }

    struct ChannelData: Decodable {
        let tenant: Tenant?
    }

    let id: String?
    let type: String?
    let text: String?
    let from: Account?
    let conversation: Conversation?
    let channelData: ChannelData?
}
