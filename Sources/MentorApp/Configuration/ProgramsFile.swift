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
        if let duplicate = JSONConfigFile.firstRepeated(document.programs.map(\.id)) {
            throw CLIFailure("\(path): the program id \"\(duplicate)\" is used twice; ids must be unique", exitCode: ExitCode.config)
        }
        return MatchPrograms(document.programs)
    }

    private struct TargetsDocument: Decodable {
        let healthTargets: HealthTargets?
    }

    /// The dashboard's health targets from the same file's `healthTargets`; the defaults when absent.
    public static func loadHealthTargets(_ path: String?) throws(CLIFailure) -> HealthTargets {
        guard let path else { return HealthTargets() }
        let document = try JSONConfigFile.decode(
            TargetsDocument.self, from: path, setting: "MENTORD_MATCHING_PROGRAMS_FILE", shape: "{\"healthTargets\": {\"requestWaitDays\": 5}}"
        )
        return document.healthTargets ?? HealthTargets()
    }
}
