import Foundation
import MentorCore

/// Loads `Prompts/<lang>/*.json` and `Prompts/<lang>/*/*.json` into a ``MessageCatalog``.
public enum PromptsDirectory {
    /// Reads every language folder under `path`. Fails with the file and the fix when a file is broken.
    public static func load(_ path: String) throws(CLIFailure) -> MessageCatalog {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIFailure(
                "prompts directory \(path) not found; run mentord from the repository root or set MENTORD_PROMPTS_DIR",
                exitCode: ExitCode.config
            )
        }
        var tables: [String: [String: String]] = [:]
        let languages = (try? files.contentsOfDirectory(atPath: path)) ?? []
        for language in languages.sorted() where language.count == 2 {
            let folder = path + "/" + language
            // Files in the language folder, and one level down (reflection/, resources/).
            var paths: [String] = []
            for entry in ((try? files.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
                var entryIsFolder: ObjCBool = false
                let entryPath = folder + "/" + entry
                if files.fileExists(atPath: entryPath, isDirectory: &entryIsFolder), entryIsFolder.boolValue {
                    paths += ((try? files.contentsOfDirectory(atPath: entryPath)) ?? []).sorted().filter { $0.hasSuffix(".json") }.map { entryPath + "/" + $0 }
                } else if entry.hasSuffix(".json") {
                    paths.append(entryPath)
                }
            }
            for filePath in paths {
                guard let data = files.contents(atPath: filePath),
                    let table = try? JSONDecoder().decode([String: String].self, from: data)
                else {
                    throw CLIFailure("\(filePath) is not a JSON object of strings; fix its syntax", exitCode: ExitCode.config)
                }
                tables[language, default: [:]].merge(table) { _, new in new }
            }
        }
        guard tables[MessageCatalog.fallbackLanguage] != nil else {
            throw CLIFailure("\(path)/en has no messages; English is required as the fallback", exitCode: ExitCode.config)
        }
        return MessageCatalog(tables: tables)
    }
}
