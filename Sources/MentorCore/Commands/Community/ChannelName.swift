/// Finds the configured announcement channel a command names, for `announce`, `circle create` and `officehours add`,
/// and refuses one whose posts could not be delivered here.
enum ChannelName {
    static func find(_ name: String, _ context: CommandContext) throws -> Channel {
        let services = context.services
        guard let channel = services.channel(named: name) else {
            throw UserError("channels.unknown", ["channel": name, "channels": working(context)])
        }
        switch services.channelPlatforms.problem(channel) {
        case nil:
            return channel
        case .notEnabled(let settings):
            throw UserError("channels.platform_off", [
                "channel": channel.name, "platform": channel.platform, "settings": settings, "channels": working(context),
            ])
        case .cannotCarryChannels(let platforms):
            throw UserError("channels.platform_without_channels", [
                "channel": channel.name, "platform": channel.platform, "platforms": platforms.joined(separator: ", "),
            ])
        }
    }

    /// The channels a post can reach now, or how to set one up.
    static func working(_ context: CommandContext) -> String {
        let names = context.services.channels.filter { context.services.channelPlatforms.problem($0) == nil }.map(\.name)
        return names.isEmpty ? context.messages("channels.none_configured") : names.joined(separator: ", ")
    }
}
