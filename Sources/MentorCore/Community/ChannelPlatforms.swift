/// Which chat platforms can deliver posts to a channel with this installation's settings, and what an operator sets to
/// switch on the others. The composition root fills it in from the configuration.
public struct ChannelPlatforms: Sendable, Equatable {
    /// Platforms whose channel posts can be delivered now.
    public var enabled: Set<String>
    /// For each platform that can carry channels, the settings that switch its channel posts on, e.g.
    /// `MENTORD_SLACK_SIGNING_SECRET and MENTORD_SLACK_BOT_TOKEN`.
    public var setup: [String: String]

    public init(enabled: Set<String>, setup: [String: String]) {
        self.enabled = enabled
        self.setup = setup
    }

    /// Why nothing posted to `channel` would arrive; nil when it would.
    public func problem(_ channel: Channel) -> Problem? {
        let platform = channel.platform.lowercased()
        if enabled.contains(platform) { return nil }
        guard let settings = setup[platform] else { return .cannotCarryChannels(platforms: setup.keys.sorted()) }
        return .notEnabled(settings: settings)
    }

    /// Why a channel's posts cannot be delivered.
    public enum Problem: Sendable, Equatable {
        /// The platform can carry channels, but its settings are not set.
        case notEnabled(settings: String)
        /// The platform has no channels mentord can post to (the console, or a misspelt name).
        case cannotCarryChannels(platforms: [String])
    }
}

extension MentorServices {
    /// The configured channel called `name`, when its posts can be delivered here.
    func postableChannel(named name: String) -> Channel? {
        channel(named: name).flatMap { channelPlatforms.problem($0) == nil ? $0 : nil }
    }
}
