/// The Events API body: a `url_verification` challenge or an `event_callback` around one event.
struct SlackEventEnvelope: Decodable {
    /// A message event; only direct messages to the bot are answered.
    struct Event: Decodable {
        let type: String
        let channelType: String?
        let botID: String?
        let subtype: String?
        let user: String?
        let channel: String?
        let text: String?
        /// `app_home_opened`: `home` or `messages`.
        let tab: String?

        enum CodingKeys: String, CodingKey {
            case type, subtype, user, channel, text, tab
            case channelType = "channel_type"
            case botID = "bot_id"
        }
    }

    let type: String
    let challenge: String?
    let teamID: String?
    let eventID: String?
    let event: Event?

    enum CodingKeys: String, CodingKey {
        case type, challenge, event
        case teamID = "team_id"
        case eventID = "event_id"
    }
}

/// An interactivity payload (the `payload` form field); mentord reads `block_actions` button clicks.
struct SlackInteractionPayload: Decodable {
    struct User: Decodable {
        let id: String
        let teamID: String?

        enum CodingKeys: String, CodingKey {
            case id
            case teamID = "team_id"
        }
    }

    struct Identified: Decodable {
        let id: String
    }

    struct Action: Decodable {
        let actionID: String
        let value: String?

        enum CodingKeys: String, CodingKey {
            case value
            case actionID = "action_id"
        }
    }

    let type: String
    let user: User?
    let team: Identified?
    let channel: Identified?
    let actions: [Action]?
    let responseURL: String?
    let triggerID: String?

    enum CodingKeys: String, CodingKey {
        case type, user, team, channel, actions
        case responseURL = "response_url"
        case triggerID = "trigger_id"
    }
}
