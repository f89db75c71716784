import Foundation
import MentorCore

/// Loads the announcement channels: `{"channels": [{"name": "mentoring", "platform": "slack", "workspace": "T1",
/// "id": "C123", "zones": ["Europe/London", "Asia/Kolkata"], "languages": ["en", "de"]}]}`. A channel's posts are
/// written once in each of its `languages`; without any, in the org's default language (English).
public enum ChannelsFile {
    private struct Document: Decodable {
        let channels: [Channel]
    }

    /// The channels in `path`; none when no file is configured.
    public static func load(_ path: String?) throws(CLIFailure) -> [Channel] {
        guard let path else { return [] }
        let document = try JSONConfigFile.decode(
            Document.self, from: path, setting: "MENTORD_COMMUNITY_CHANNELS_FILE",
            shape: "{\"channels\": [{\"name\": \"mentoring\", \"platform\": \"slack\", \"id\": \"C123\", \"zones\": [\"Europe/London\"]}]}"
        )
        if let duplicate = JSONConfigFile.firstRepeated(document.channels.map { $0.name.lowercased() }) {
            throw CLIFailure("\(path): the channel name \"\(duplicate)\" is used twice; names must be unique", exitCode: ExitCode.config)
        }
        for channel in document.channels {
            if let bad = channel.languages.first(where: { $0.wholeMatch(of: /[a-z]{2}/) == nil }) {
                throw CLIFailure(
                    "\(path): channel \"\(channel.name)\" has the language \"\(bad)\"; use two-letter codes of Prompts/ folders, such as \"de\"",
                    exitCode: ExitCode.config
                )
            }
        }
        return document.channels
    }
}
