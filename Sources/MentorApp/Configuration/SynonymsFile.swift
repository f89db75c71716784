import Foundation
import MentorCore

/// Loads the synonym groups `find` uses, from a JSON file `{"groups": [["ml", "machine learning"], …]}`.
public enum SynonymsFile {
    private struct Document: Decodable {
        let groups: [[String]]
    }

    /// The table in `path`; an empty table when no file is configured.
    public static func load(_ path: String?) throws(CLIFailure) -> SynonymTable {
        guard let path else { return .empty }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("synonyms file \(path) not found; set MENTORD_CATALOG_SYNONYMS_FILE to a file, or to empty for none", exitCode: ExitCode.config)
        }
        guard let document = try? JSONDecoder().decode(Document.self, from: data) else {
            throw CLIFailure("\(path) must look like {\"groups\": [[\"ml\", \"machine learning\"]]}; fix its syntax", exitCode: ExitCode.config)
        }
        return SynonymTable(groups: document.groups)
    }
}
