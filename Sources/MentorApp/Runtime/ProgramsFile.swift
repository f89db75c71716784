import Foundation
import MentorCore

/// Loads the mentoring programs from a JSON file `{"programs": [{"id": "mentoring", "name": "…", "weights": {…}}]}`.
public enum ProgramsFile {
    private struct Document: Decodable {
        let programs: [MatchProgram]
    }

    /// The programs in `path`; the standard 1:1 program when no file is configured.
    public static func load(_ path: String?) throws(CLIFailure) -> MatchPrograms {
        guard let path else { return .standard }
        let document = try JSONConfigFile.decode(
            Document.self, from: path, setting: "MENTORD_MATCHING_PROGRAMS_FILE", shape: "{\"programs\": [{\"id\": \"mentoring\"}]}"
        )
        let ids = document.programs.map(\.id)
        if let duplicate = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
            throw CLIFailure("\(path): the program id \"\(duplicate)\" is used twice; ids must be unique", exitCode: ExitCode.config)
        }
        return MatchPrograms(document.programs)
    }
}

/// Loads the announcement channels: `{"channels": [{"name": "mentoring", "platform": "slack", "workspace": "T1",
/// "id": "C123", "zones": ["Europe/London", "Asia/Kolkata"]}]}`.
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
        let names = document.channels.map { $0.name.lowercased() }
        if let duplicate = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw CLIFailure("\(path): the channel name \"\(duplicate)\" is used twice; names must be unique", exitCode: ExitCode.config)
        }
        return document.channels
    }
}
