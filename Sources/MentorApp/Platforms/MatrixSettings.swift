import ChatPlatforms
import Foundation
import HTTPClient
import MentorCore

/// Matrix's configuration: on when a homeserver is set, with an access token or a user and password.
enum MatrixSettings: PlatformSetup {
    static let keys: [ConfigKey] = [
        ConfigKey("matrix", "homeserver", .text, default: "", "The homeserver's client URL, e.g. https://matrix.example.org."),
        ConfigKey("matrix", "access_token", .text, default: "", secret: true, "The bot account's access token."),
        ConfigKey("matrix", "user", .text, default: "", "The bot's user name, to log in with the password instead of a token."),
        ConfigKey("matrix", "password", .text, default: "", secret: true, "The bot's password, used only to log in."),
        ConfigKey("matrix", "allowed_servers", .text, default: "", "Comma-separated servers whose users' invites are accepted; empty: the bot's own."),
    ]

    /// The `/sync` poller and the sender, after logging in (when only a password is set) and asking the homeserver
    /// who the bot is; nil when Matrix is off.
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts? {
        let homeserver = values.string("matrix.homeserver")
        guard !homeserver.isEmpty else { return nil }
        let client = environment.client
        do {
            var token = values.secret("matrix.access_token")
            if token.isEmpty {
                guard !values.string("matrix.user").isEmpty, !values.secret("matrix.password").isEmpty else {
                    throw CLIFailure("Matrix needs MENTORD_MATRIX_ACCESS_TOKEN, or MENTORD_MATRIX_USER with MENTORD_MATRIX_PASSWORD", exitCode: ExitCode.config)
                }
                token = try MatrixAPI.login(homeserver: homeserver, user: values.string("matrix.user"), password: values.secret("matrix.password"), client: client)
            }
            let api = MatrixAPI(homeserver: homeserver, accessToken: token, client: client, clock: environment.clock)
            let ownUserID = try api.ownUserID()
            let listed = values.string("matrix.allowed_servers").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let own = String(ownUserID.split(separator: ":", maxSplits: 1).last ?? "")
            let sender = MatrixSender(api: api, directRooms: MatrixDirectRooms(state: environment.state))
            return MatrixPlatform(api: api, ownUserID: ownUserID, allowedServers: Set(listed.isEmpty ? [own] : listed), environment: environment)
                .parts(senders: [sender])
        } catch let failure as CLIFailure {
            throw failure
        } catch {
            throw CLIFailure("cannot reach the Matrix homeserver \(homeserver): \(error); check MENTORD_MATRIX_HOMESERVER and the credentials", exitCode: ExitCode.failure)
        }
    }
}
