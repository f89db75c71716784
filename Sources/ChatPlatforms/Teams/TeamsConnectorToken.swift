import Foundation
import HTTPClient
import HTTPTypes
import MentorCore
import Synchronization

/// The bot's access token for the Connector REST API, by OAuth client credentials (`grant_type=client_credentials`,
/// `scope=https://api.botframework.com/.default`), kept until ``margin`` seconds before it expires.
public final class TeamsConnectorToken: Sendable {
    /// Microsoft's token endpoint for Bot Framework bots.
    public static let defaultURL = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"
    static let scope = "https://api.botframework.com/.default"
    /// Seconds before expiry when a new token is fetched.
    static let margin: TimeInterval = 300

    let tokenURL: String
    let appID: String
    let appPassword: Secret
    let api: PlatformAPI
    private let kept = Mutex<(token: Secret, until: Date)?>(nil)

    public init(tokenURL: String = defaultURL, appID: String, appPassword: Secret, client: any HTTPClient, clock: any Clock) {
        self.tokenURL = tokenURL
        self.appID = appID
        self.appPassword = appPassword
        api = PlatformAPI(service: "Teams", baseURL: "", headers: [:], client: client, clock: clock)
    }

    /// The kept token while it is fresh, else a new one; on failure, what the outbox should do.
    func token() -> Result<Secret, TeamsCallFailure> {
        let now = api.clock.now
        if let kept = kept.withLock({ $0 }), now < kept.until { return .success(kept.token) }
        let result = api.post(tokenURL, form: [
            ("grant_type", "client_credentials"), ("client_id", appID), ("client_secret", appPassword.reveal()), ("scope", Self.scope),
        ])
        guard case .success(let response) = result, response.status == 200,
            let answer = try? JSONDecoder().decode(Answer.self, from: Data(response.body))
        else {
            let outcome = api.outcome(result)
            return .failure(TeamsCallFailure(outcome: outcome == .delivered
                ? .failed(reason: "Teams: the token endpoint answered without an access_token") : Self.explained(outcome)))
        }
        let lifetime = answer.expiresIn ?? 3600
        let token = Secret(answer.accessToken)
        kept.withLock { $0 = (token, now + max(lifetime - Self.margin, lifetime / 2)) }
        return .success(token)
    }

    /// Drops the kept token, after the Connector refused it, so the next call fetches a new one.
    func forget() {
        kept.withLock { $0 = nil }
    }

    /// A refused client secret is a setting to fix, said as such.
    private static func explained(_ outcome: DeliveryOutcome) -> DeliveryOutcome {
        guard case .failed(let reason) = outcome else { return outcome }
        return .failed(reason: "\(reason) from the token endpoint; check MENTORD_TEAMS_APP_ID and MENTORD_TEAMS_APP_PASSWORD")
    }

    /// The token endpoint's answer.
    private struct Answer: Decodable {
        var accessToken: String
        var expiresIn: Double?

        enum CodingKeys: String, CodingKey { case accessToken = "access_token", expiresIn = "expires_in" }
    }
}

/// A Connector call that did not succeed: what the outbox should do about it.
struct TeamsCallFailure: Error {
    var outcome: DeliveryOutcome
}
