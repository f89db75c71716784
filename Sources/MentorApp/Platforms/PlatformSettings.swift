/// The configuration keys of every chat platform, gathered from each platform's settings type.
enum PlatformSettings {
    static var keys: [ConfigKey] {
        SlackSettings.keys + DiscordSettings.keys + TeamsSettings.keys + TelegramSettings.keys + MattermostSettings.keys
            + ZulipSettings.keys + MatrixSettings.keys
    }
}
