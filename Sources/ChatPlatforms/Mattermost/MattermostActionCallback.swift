/// A button click as Mattermost posts it back to the integration URL, with the context mentord signed.
struct MattermostActionCallback: Decodable {
    struct Context: Decodable {
        let action: String
        let value: String
        let signature: String
    }

    let userID: String
    let teamID: String
    let channelID: String?
    let triggerID: String?
    let context: Context

    enum CodingKeys: String, CodingKey {
        case context
        case userID = "user_id"
        case teamID = "team_id"
        case channelID = "channel_id"
        case triggerID = "trigger_id"
    }
}
