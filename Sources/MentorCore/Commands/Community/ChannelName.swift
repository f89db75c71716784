/// Finds the configured announcement channel a command names, for `announce`, `circle create` and `officehours add`.
enum ChannelName {
    static func find(_ name: String, _ context: CommandContext) throws -> Channel {
        guard let channel = context.services.channel(named: name) else {
            let names = context.services.channels.map(\.name).joined(separator: ", ")
            throw UserError("channels.unknown", ["channel": name, "channels": names.isEmpty ? context.messages("channels.none_configured") : names])
        }
        return channel
    }
}
