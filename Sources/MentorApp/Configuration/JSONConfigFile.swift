import Foundation

/// Reads a JSON file from `Config/` into a Decodable type, with errors that name the file, the place and the fix.
enum JSONConfigFile {
    /// `setting` is the environment variable that names the file; `shape` shows what the file should look like.
    static func decode<T: Decodable>(_ type: T.Type, from path: String, setting: String, shape: String) throws(CLIFailure) -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("\(path) not found; set \(setting) to a file, or to empty for none", exitCode: ExitCode.config)
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw CLIFailure("\(path): \(place(context)) \(context.debugDescription)", exitCode: ExitCode.config)
        } catch let DecodingError.keyNotFound(key, context) {
            throw CLIFailure("\(path): \(place(context)) needs \"\(key.stringValue)\"", exitCode: ExitCode.config)
        } catch let DecodingError.typeMismatch(_, context) {
            throw CLIFailure("\(path): \(place(context)) has the wrong type: \(context.debugDescription)", exitCode: ExitCode.config)
        } catch {
            throw CLIFailure("\(path) is not valid JSON shaped like \(shape): \(error)", exitCode: ExitCode.config)
        }
    }

    /// The first value that appears more than once, for "ids must be unique" errors.
    static func firstRepeated(_ values: [String]) -> String? {
        var seen: Set<String> = []
        return values.first { !seen.insert($0).inserted }
    }

    private static func place(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the file" : path.hasPrefix(".") ? String(path.dropFirst()) : path
    }
}
