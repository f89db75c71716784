import ChatPlatforms
import Foundation
import MentorCore

/// Slack's configuration: on when a signing secret and bot token are set (or a workspaces file is given).
enum SlackSettings: PlatformSetup {
    static let keys: [ConfigKey] = [
        ConfigKey("slack", "signing_secret", .text, default: "", secret: true, "Slack app signing secret (Basic Information)."),
        ConfigKey("slack", "bot_token", .text, default: "", secret: true, "Slack bot token, xoxb-… (OAuth & Permissions)."),
        ConfigKey("slack", "team_id", .text, default: "*", "The workspace's team id, or * to accept the one workspace the secret signs for."),
        ConfigKey(
            "slack", "workspaces_file", .text, default: "",
            "JSON list of {team_id, signing_secret_file, bot_token_file} for several workspaces."
        ),
        ConfigKey(
            "slack", "api_url", .text, default: "https://slack.com/api",
            "The Web API's base URL; GovSlack's is https://slack-gov.com/api."
        ),
        ConfigKey(
            "slack", "people_by_email", .boolean, default: "true",
            "Link newcomers by their Slack profile email (users.info) and reach people with no link by their email (users.lookupByEmail)."
        ),
    ]

    private struct WorkspaceFileEntry: Decodable {
        let team_id: String
        let signing_secret_file: String
        let bot_token_file: String
    }

    /// The slash command, interaction and event routes, and the Web API sender; nil when Slack is off.
    static func make(_ values: ConfigValues, _ environment: PlatformEnvironment) throws(CLIFailure) -> PlatformParts? {
        let workspaces = try workspaces(values)
        guard !workspaces.isEmpty else { return nil }
        let references = environment.references, api = values.string("slack.api_url")
        guard let replyURLPrefix = replyURLPrefix(apiURL: api) else {
            throw CLIFailure("set MENTORD_SLACK_API_URL to the Web API's URL, e.g. https://slack.com/api (not \(api))", exitCode: ExitCode.config)
        }
        let sender = SlackSender(
            workspaces: workspaces, client: environment.client, apiBase: api, replyURLPrefix: replyURLPrefix, clock: environment.clock,
            references: references
        )
        let people = values.bool("slack.people_by_email") ? SlackPeople.profileEmails(
            workspaces: workspaces, client: environment.client, apiBase: api, clock: environment.clock,
            warn: environment.lookupWarning(SlackPlatform.name)
        ) : nil
        return SlackPlatform(workspaces: workspaces, inbound: environment.inbound, now: environment.now, references: references, people: people)
            .parts(senders: [sender])
    }

    /// Where someone with no chat link is looked for by email: the first configured workspace, unless
    /// `slack.people_by_email` is off or Slack is.
    static func emailReach(_ values: ConfigValues) -> [EmailReach] {
        guard values.bool("slack.people_by_email"), let workspace = (try? workspaces(values))?.first else { return [] }
        return [EmailReach(platform: SlackPlatform.name, workspace: workspace.teamID)]
    }

    /// Where the `response_url`s of commands and clicks must point for the Web API at `apiURL`: its `hooks.`
    /// host (`https://slack.com/api` → `https://hooks.slack.com/`, GovSlack's → `https://hooks.slack-gov.com/`),
    /// or, for an API on an IP address or localhost (a stand-in on loopback), that same origin. Nil when `apiURL`
    /// is not an http(s) URL.
    static func replyURLPrefix(apiURL: String) -> String? {
        guard let url = URLComponents(string: apiURL), let scheme = url.scheme, ["https", "http"].contains(scheme),
            let host = url.host, !host.isEmpty
        else { return nil }
        let port = url.port.map { ":\($0)" } ?? ""
        let isAddress = host == "localhost" || host.contains(":") || host.allSatisfy { $0.isNumber || $0 == "." }
        return isAddress ? "\(scheme)://\(host)\(port)/" : "\(scheme)://hooks.\(host)\(port)/"
    }

    /// The configured workspaces; empty when Slack is off.
    static func workspaces(_ values: ConfigValues) throws(CLIFailure) -> [SlackWorkspace] {
        var workspaces: [SlackWorkspace] = []
        let secret = values.secret("slack.signing_secret"), token = values.secret("slack.bot_token")
        if !secret.isEmpty || !token.isEmpty {
            guard !secret.isEmpty, !token.isEmpty else {
                throw CLIFailure("Slack needs both MENTORD_SLACK_SIGNING_SECRET and MENTORD_SLACK_BOT_TOKEN (or their _FILE forms)", exitCode: ExitCode.config)
            }
            workspaces.append(SlackWorkspace(teamID: values.string("slack.team_id"), signingSecret: secret, botToken: token))
        }
        let file = values.string("slack.workspaces_file")
        guard !file.isEmpty else { return workspaces }
        guard let data = FileManager.default.contents(atPath: file),
            let entries = try? JSONDecoder().decode([WorkspaceFileEntry].self, from: data)
        else {
            throw CLIFailure("\(file) must be a JSON list of {\"team_id\", \"signing_secret_file\", \"bot_token_file\"}", exitCode: ExitCode.config)
        }
        for entry in entries {
            guard let secret = readSecret(entry.signing_secret_file), let token = readSecret(entry.bot_token_file) else {
                throw CLIFailure("cannot read the secret files of Slack workspace \(entry.team_id) listed in \(file)", exitCode: ExitCode.config)
            }
            workspaces.append(SlackWorkspace(teamID: entry.team_id, signingSecret: secret, botToken: token))
        }
        return workspaces
    }

    private static func readSecret(_ path: String) -> Secret? {
        (try? String(contentsOfFile: path, encoding: .utf8)).map { Secret($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}
