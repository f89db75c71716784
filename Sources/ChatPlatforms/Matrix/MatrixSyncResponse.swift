/// The parts of a `/sync` answer mentord reads: joined rooms' timelines, invites, and `next_batch`.
public struct MatrixSyncResponse: Decodable, Sendable {
    struct Rooms: Decodable {
        let join: [String: JoinedRoom]?
        let invite: [String: InvitedRoom]?
    }

    struct JoinedRoom: Decodable {
        let timeline: Events?
    }

    struct InvitedRoom: Decodable {
        let inviteState: Events?

        enum CodingKeys: String, CodingKey {
            case inviteState = "invite_state"
        }
    }

    struct Events: Decodable {
        let events: [Event]?
    }

    struct Event: Decodable {
        let type: String?
        let sender: String?
        let eventID: String?
        let stateKey: String?
        let content: Content?

        enum CodingKeys: String, CodingKey {
            case type, sender, content
            case eventID = "event_id"
            case stateKey = "state_key"
        }
    }

    /// Event content is free-form; fields of another shape read as absent rather than failing the whole sync.
    struct Content: Decodable {
        let msgtype: String?
        let body: String?
        let isDirect: Bool?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            msgtype = try? container.decodeIfPresent(String.self, forKey: .msgtype)
            body = try? container.decodeIfPresent(String.self, forKey: .body)
            isDirect = try? container.decodeIfPresent(Bool.self, forKey: .isDirect)
        }

        enum CodingKeys: String, CodingKey {
            case msgtype, body
            case isDirect = "is_direct"
        }
    }

    let nextBatch: String
    let rooms: Rooms?

    enum CodingKeys: String, CodingKey {
        case rooms
        case nextBatch = "next_batch"
    }
}
