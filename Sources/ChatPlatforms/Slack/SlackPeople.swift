import Foundation
import HTTPClient
import HTTPTypes
import MentorCore

/// Who a Slack user is, asked of the Web API with the workspace's bot token: the email on their profile
/// (`users.info`, scopes `users:read` and `users:read.email`).
public enum SlackPeople {
    /// Profile emails from `users.info` in whichever of `workspaces` the account belongs to.
    public static func profileEmails(
        workspaces: [SlackWorkspace], client: any HTTPClient, apiBase: String = "https://slack.com/api", clock: any Clock = SystemClock(),
        warn: @escaping @Sendable (String) -> Void
    ) -> ProfileEmails {
        let api = PlatformAPI(service: "Slack", baseURL: apiBase, headers: [:], client: client, clock: clock)
        return ProfileEmails(clock: clock, warn: warn) { identity in
            guard let workspace = workspaces.first(where: { $0.accepts(identity.workspace) }) else { return .email(nil) }
            let result = api.post("/users.info", form: [("user", identity.userID)], headers: ["Authorization": "Bearer \(workspace.botToken.reveal())"])
            guard case .success(let response) = result, response.status == 200,
                let answer = try? JSONDecoder().decode(UserInfo.self, from: Data(response.body))
            else { return .failed("users.info could not be asked: \(PlatformAPI.describe(result))") }
            guard answer.ok, let user = answer.user else {
                let hint = answer.error == "missing_scope" ? "; add users:read.email to the app's bot scopes" : ""
                return .failed("users.info answered \(answer.error ?? "not ok")\(hint)")
            }
            return .email(user.isPerson ? user.profile?.email : nil)
        }
    }

    /// `users.info`'s answer, as far as mentord reads it.
    struct UserInfo: Decodable {
        struct User: Decodable {
            struct Profile: Decodable { var email: String? }
            var deleted: Bool?
            var isBot: Bool?
            var isEmailConfirmed: Bool?
            var profile: Profile?

            /// A person's active account whose email Slack has not said is unconfirmed.
            var isPerson: Bool { deleted != true && isBot != true && isEmailConfirmed != false }

            enum CodingKeys: String, CodingKey {
                case deleted, profile
                case isBot = "is_bot"
                case isEmailConfirmed = "is_email_confirmed"
            }
        }

        var ok: Bool
        var error: String?
        var user: User?
    }
}
