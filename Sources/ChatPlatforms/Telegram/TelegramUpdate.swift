/// One Bot API `Update`: a message or a button click (`callback_query`), numbered by `update_id`.
public struct TelegramUpdate: Decodable, Sendable {
    struct User: Decodable {
        let id: Int
        let isBot: Bool?

        enum CodingKeys: String, CodingKey {
            case id
            case isBot = "is_bot"
        }
    }

    struct Chat: Decodable {
        let id: Int
        let type: String?
    }

    struct Message: Decodable {
        let from: User?
        let chat: Chat?
        let text: String?
    }

    struct CallbackQuery: Decodable {
        let from: User?
        let data: String?
        let message: Message?
    }

    let updateID: Int
    let message: Message?
    let callbackQuery: CallbackQuery?

    enum CodingKeys: String, CodingKey {
        case message
        case updateID = "update_id"
        case callbackQuery = "callback_query"
    }
}

/// A `getUpdates` answer: `{ok, result}` or `{ok: false, description, parameters.retry_after}`.
struct TelegramUpdates: Decodable {
    struct Parameters: Decodable {
        let retryAfter: Double?

        enum CodingKeys: String, CodingKey {
            case retryAfter = "retry_after"
        }
    }

    let ok: Bool
    let result: [TelegramUpdate]?
    let description: String?
    let parameters: Parameters?
}
