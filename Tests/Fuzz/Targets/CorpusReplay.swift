import Foundation

/// Runs files through a target once each, the way `mentord-fuzz NAME FILE…` does in a build without libFuzzer, and the
/// way the corpus regression tests do.
public enum CorpusReplay {
    /// The committed corpus folder of the target `name`.
    public static func folder(of name: String, packageRoot: String) -> String {
        packageRoot + "/Tests/Fuzz/corpus/" + name
    }

    /// The files named by `paths`, each folder replaced by the regular files in it, sorted by name.
    public static func files(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
            guard isFolder.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted().map { path + "/" + $0 }.filter { !isDirectory($0) }
        }
    }

    /// Feeds each file to `target`; returns how many were run.
    @discardableResult
    public static func run(_ target: any FuzzTarget, files: [String]) -> Int {
        var count = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            target.run(Array(data))
            count += 1
        }
        return count
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
