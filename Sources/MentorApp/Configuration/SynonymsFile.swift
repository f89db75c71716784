import Foundation
import MentorCore

/// Loads the synonym groups `find` uses, from a JSON file. A group lists its members per language, or, for a group
/// whose members' language doesn't matter, as one list:
///
/// `{"groups": [{"en": ["negotiation"], "es": ["negociación"], "de": ["Verhandlung"], "ja": ["交渉"]}, ["ml", "machine learning"]]}`
public enum SynonymsFile {
    private struct Document: Decodable {
        let groups: [Group]
    }

    /// Members per language code; a plain list has the empty code, meaning "compare with English rules".
    private struct Group: Decodable {
        let members: [String: [String]]

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([String].self) {
                members = ["": list]
            } else {
                members = try container.decode([String: [String]].self)
            }
        }
    }

    /// The table in `path`; an empty table when no file is configured.
    public static func load(_ path: String?) throws(CLIFailure) -> SynonymTable {
        guard let path else { return .empty }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("synonyms file \(path) not found; set MENTORD_CATALOG_SYNONYMS_FILE to a file, or to empty for none", exitCode: ExitCode.config)
        }
        guard let document = try? JSONDecoder().decode(Document.self, from: data) else {
            throw CLIFailure(
                "\(path) must look like {\"groups\": [{\"en\": [\"negotiation\"], \"es\": [\"negociación\"]}, [\"ml\", \"machine learning\"]]}; fix its syntax",
                exitCode: ExitCode.config
            )
        }
        return SynonymTable(concepts: document.groups.map(\.members))
    }
}
