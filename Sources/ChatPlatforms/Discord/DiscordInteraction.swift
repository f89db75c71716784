/// An interaction as Discord posts it: PING (type 1), an application command (2) or a component click (3).
struct DiscordInteraction: Decodable {
    struct User: Decodable {
        let id: String
    }

    struct Member: Decodable {
        let user: User?
    }

    /// A command option; mentord's `/mentor` has one string option, `command`.
    struct Option: Decodable {
        let name: String
        let value: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            value = try? container.decodeIfPresent(String.self, forKey: .value)
        }

        enum CodingKeys: String, CodingKey {
            case name, value
        }
    }

    struct Payload: Decodable {
        let options: [Option]?
        let customID: String?

        enum CodingKeys: String, CodingKey {
            case options
            case customID = "custom_id"
        }
    }

    static let ping = 1, applicationCommand = 2, messageComponent = 3

    let id: String?
    let type: Int
    let token: String?
    let guildID: String?
    let channelID: String?
    let member: Member?
    let user: User?
    let data: Payload?

    enum CodingKeys: String, CodingKey {
        case id, type, token, member, user, data
        case guildID = "guild_id"
        case channelID = "channel_id"
    }
}
