import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Who a Mattermost user is, asked of the REST API with the bot's token: the email on their account
/// (`GET /api/v4/users/{user_id}`; the server shows it to a bot that may read other users' emails, e.g. a system admin
/// bot, or when Privacy → Show Email Address is on).
public enum MattermostPeople {
    public static func profileEmails(
        serverURL: String, botToken: Secret, client: any HTTPClient, clock: any Clock = SystemClock(), warn: @escaping @Sendable (String) -> Void
    ) -> ProfileEmails {
        let api = PlatformAPI(service: "Mattermost", baseURL: serverURL, headers: ["Authorization": "Bearer \(botToken.reveal())"], client: client, clock: clock)
        return ProfileEmails(clock: clock, warn: warn) { identity in
            let path = "/api/v4/users/" + (identity.userID.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            let result = api.get(path)
            guard case .success(let response) = result, response.status == 200,
                let user = try? JSONDecoder().decode(User.self, from: Data(response.body))
            else { return .failed("GET /api/v4/users/{id} could not be read: \(PlatformAPI.describe(result))") }
            return .email(user.isPerson ? user.email : nil)
        }
    }

    /// A user object, as far as mentord reads it; `email` is empty when the server hides it.
    struct User: Decodable {
        var email: String?
        var deleteAt: Int64?
        var isBot: Bool?

        var isPerson: Bool { (deleteAt ?? 0) == 0 && isBot != true }

        enum CodingKeys: String, CodingKey {
            case email
            case deleteAt = "delete_at"
            case isBot = "is_bot"
        }
    }
}
