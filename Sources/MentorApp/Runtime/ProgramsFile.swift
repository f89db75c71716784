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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure(
                "programs file \(path) not found; set MENTORD_MATCHING_PROGRAMS_FILE to a file, or to empty for the standard program",
                exitCode: ExitCode.config
            )
        }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw CLIFailure("\(path): \(Self.where_(context)) \(context.debugDescription)", exitCode: ExitCode.config)
        } catch let DecodingError.keyNotFound(key, context) {
            throw CLIFailure("\(path): \(Self.where_(context)) needs \"\(key.stringValue)\"", exitCode: ExitCode.config)
        } catch let DecodingError.typeMismatch(_, context) {
            throw CLIFailure("\(path): \(Self.where_(context)) has the wrong type: \(context.debugDescription)", exitCode: ExitCode.config)
        } catch {
            throw CLIFailure("\(path) is not valid JSON shaped like {\"programs\": [{\"id\": \"mentoring\"}]}: \(error)", exitCode: ExitCode.config)
        }
        let ids = document.programs.map(\.id)
        if let duplicate = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
            throw CLIFailure("\(path): the program id \"\(duplicate)\" is used twice; ids must be unique", exitCode: ExitCode.config)
        }
        return MatchPrograms(document.programs)
    }

    private static func where_(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the file" : path.hasPrefix(".") ? String(path.dropFirst()) : path
    }
}
