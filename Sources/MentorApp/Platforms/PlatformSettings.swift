import ChatPlatforms

/// Every chat platform mentord can run, in start-up order. Adding a platform is a folder in `ChatPlatforms` and its
/// settings type here, plus one line in this list.
enum PlatformSettings {
    static var all: [any PlatformSetup.Type] {
        [
            SlackSettings.self,
            DiscordSettings.self,
            TeamsSettings.self,
            TelegramSettings.self,
            MattermostSettings.self,
            ZulipSettings.self,
            MatrixSettings.self,
            EmailSettings.self,
        ]
    }

    /// The configuration keys of every chat platform.
    static var keys: [ConfigKey] { all.flatMap { $0.keys } }
}
