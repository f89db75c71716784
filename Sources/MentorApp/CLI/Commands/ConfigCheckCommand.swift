/// `mentord config check`: validate the merged configuration and show each value with its source.
struct ConfigCheckCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["config", "check"], options: [CLIDescriptor.configOption],
        summary: "Validate the configuration and show where every value comes from",
        discussion: "Values merge in order: built-in defaults, the JSON file, then MENTORD_<SECTION>_<KEY> variables. Secrets are shown as [redacted].",
        examples: ["mentord config check --config Config/mentord.example.json", "MENTORD_HTTP_PORT=9090 mentord config check"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let (values, config) = try ConfigResolution.load(arguments, terminal)
        _ = try PromptsDirectory.load(config.promptsDirectory)
        _ = try SynonymsFile.load(config.synonymsFile)
        values.describe().forEach(terminal.say)
        for name in ConfigLoader(environment: terminal.environment).unknownEnvironmentNames() {
            terminal.warn("warning: \(name) is not a mentord setting and is ignored; see mentord help config check")
        }
        let channels = try ChannelsFile.load(config.channelsFile)
        ChannelPlatformSettings.warnings(for: channels, ChannelPlatformSettings.platforms(values)).forEach(terminal.warn)
        terminal.say("configuration ok")
        return ExitCode.success
    }
}
