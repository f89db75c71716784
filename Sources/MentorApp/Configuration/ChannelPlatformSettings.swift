import MentorCore

/// Which chat platforms can post to announcement channels with the merged settings: the keys each platform's channel
/// sender needs. `mentord config check` warns about channels on the others, and chat refuses to announce there.
enum ChannelPlatformSettings {
    /// For each platform that can post to a channel, the sets of keys that switch that on (any one set, all its keys).
    static let requirements: [(platform: String, alternatives: [[String]])] = [
        ("slack", [["slack.signing_secret", "slack.bot_token"], ["slack.workspaces_file"]]),
        ("teams", [["teams.workflow_url"]]),
        ("telegram", [["telegram.bot_token"]]),
        ("mattermost", [["mattermost.url", "mattermost.bot_token", "mattermost.bot_user_id"]]),
        ("zulip", [["zulip.site", "zulip.bot_email", "zulip.api_key"]]),
        ("matrix", [["matrix.homeserver"]]),
        ("discord", [["discord.public_key", "discord.application_id", "discord.bot_token"]]),
    ]

    /// The platforms whose channel posts can be delivered, and what to set for each of the others.
    static func platforms(_ values: ConfigValues) -> ChannelPlatforms {
        var enabled: Set<String> = [], setup: [String: String] = [:]
        for (platform, alternatives) in requirements {
            if alternatives.contains(where: { $0.allSatisfy { !values.string($0).isEmpty } }) { enabled.insert(platform) }
            setup[platform] = settings(alternatives)
        }
        return ChannelPlatforms(enabled: enabled, setup: setup)
    }

    /// One warning for each channel nothing could be delivered to.
    static func warnings(for channels: [Channel], _ platforms: ChannelPlatforms) -> [String] {
        channels.compactMap { channel in
            switch platforms.problem(channel) {
            case nil: nil
            case .notEnabled(let settings):
                "warning: channel \(channel.name) is on \(channel.platform), which is not enabled; set \(settings), or posts to it are never delivered"
            case .cannotCarryChannels(let names):
                "warning: channel \(channel.name) is on \(channel.platform), which has no channels mentord can post to; use one of \(names.joined(separator: ", "))"
            }
        }
    }

    /// Why the outbox cannot deliver a message for `platform`, which has no sender: what to set, or where to move it.
    static func undeliverable(_ platform: String) -> String {
        guard let alternatives = requirements.first(where: { $0.platform == platform })?.alternatives else {
            return "platform \(platform) has no sender in the daemon; a channel must be on one of \(requirements.map(\.platform).sorted().joined(separator: ", "))"
        }
        return "platform \(platform) is not enabled; set \(settings(alternatives))"
    }

    /// `MENTORD_SLACK_SIGNING_SECRET and MENTORD_SLACK_BOT_TOKEN, or MENTORD_SLACK_WORKSPACES_FILE`.
    private static func settings(_ alternatives: [[String]]) -> String {
        alternatives.map { $0.map(environmentName).joined(separator: " and ") }.joined(separator: ", or ")
    }

    /// `slack.bot_token` → `MENTORD_SLACK_BOT_TOKEN`.
    private static func environmentName(_ path: String) -> String {
        "MENTORD_" + path.uppercased().replacing(".", with: "_")
    }
}
