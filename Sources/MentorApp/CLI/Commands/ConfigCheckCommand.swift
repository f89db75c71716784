import Foundation
import MentorCore

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
        try Self.buildPlatforms(values, config)
        terminal.say("configuration ok")
        return ExitCode.success
    }

    /// Builds every enabled chat platform exactly as `serve` does, over a throwaway data directory, so a value that
    /// `serve` would refuse (a Discord key that isn't hex, a Teams token that isn't base64) fails the check too.
    static func buildPlatforms(_ values: ConfigValues, _ config: MentorConfig) throws(CLIFailure) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mentord-config-check-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var trial = config
        trial.dataDirectory = scratch
        let app = try MentorApplication(config: trial, logger: SilentLogger())
        _ = try ChatPlatformSet(values: values, app: app, assistant: try app.makeAssistant(), wake: {})
    }
}
