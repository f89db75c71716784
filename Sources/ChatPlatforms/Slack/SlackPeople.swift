import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import Synchronization

/// Who a Slack user is, asked of the Web API with the workspace's bot token: the email on their profile
/// (`users.info`, scopes `users:read` and `users:read.email`), so a newcomer is linked on first contact with no code.
///
/// Answers are kept for ``memory`` seconds (at most ``capacity`` of them), so someone whose email is not in the
/// directory does not cost a Web API call on every message. A failed call is not kept: the next message asks again.
public final class SlackPeople: Sendable {
    /// Seconds an answer is kept.
    static let memory: TimeInterval = 600
    /// Answers kept at most; the oldest goes first.
    static let capacity = 1_000

    let workspaces: [SlackWorkspace]
    let api: PlatformAPI
    /// Says why a lookup failed (a missing scope, an unreachable API), for the log.
    let warn: @Sendable (String) -> Void
    private let answers = Mutex<[String: (email: String?, at: Date)]>([:])

    public init(
        workspaces: [SlackWorkspace], client: any HTTPClient, apiBase: String = "https://slack.com/api", clock: any Clock = SystemClock(),
        warn: @escaping @Sendable (String) -> Void
    ) {
        self.workspaces = workspaces
        api = PlatformAPI(service: "Slack", baseURL: apiBase, headers: [:], client: client, clock: clock)
        self.warn = warn
    }

    /// The confirmed email on `identity`'s Slack profile; nil for bots, deactivated accounts, a profile without one,
    /// and when the Web API cannot be asked now.
    public func email(of identity: ChatIdentity) -> String? {
        let key = identity.workspace + "/" + identity.userID
        let now = api.clock.now
        if let kept = answers.withLock({ $0[key] }), now.timeIntervalSince(kept.at) < Self.memory { return kept.email }
        guard let workspace = workspaces.first(where: { $0.accepts(identity.workspace) }) else { return nil }
        let result = api.post("/users.info", form: [("user", identity.userID)], headers: ["Authorization": "Bearer \(workspace.botToken.reveal())"])
        guard case .success(let response) = result, response.status == 200,
            let answer = try? JSONDecoder().decode(UserInfo.self, from: Data(response.body))
        else {
            warn("users.info could not be asked: \(Self.describe(result))")
            return nil
        }
        guard answer.ok, let user = answer.user else {
            warn("users.info answered \(answer.error ?? "not ok")\(answer.error == "missing_scope" ? "; add users:read.email to the app's bot scopes" : "")")
            return nil
        }
        let email = user.isPerson ? user.profile?.email.flatMap { $0.isEmpty ? nil : $0.lowercased() } : nil
        answers.withLock { kept in
            if kept.count >= Self.capacity, let oldest = kept.min(by: { $0.value.at < $1.value.at })?.key { kept[oldest] = nil }
            kept[key] = (email, now)
        }
        return email
    }

    private static func describe(_ result: Result<HTTPResponse, any Error>) -> String {
        switch result {
        case .success(let response): "HTTP \(response.status)"
        case .failure(let error): String(describing: error)
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
