import Foundation
import MentorApp
import MentorTesting

/// The config loader (JSON file merged with `MENTORD_…` variables, then validated and read into ``MentorConfig``)
/// and the other JSON files under `Config/`.
///
/// The first byte picks the file (``File``, modulo its count). For the config file, the input is the file's text, then
/// after a 0xFF the environment as `NAME=value` lines; for the others, the rest is the file.
public final class ConfigLoaderFuzzTarget: FuzzTarget {
    public static let name = "config"

    enum File: UInt8, CaseIterable {
        case config, channels, programs, synonyms
    }

    private let folder = TemporaryDirectory()
    private let path: String

    public init() {
        path = folder.file("input.json")
    }

    public func run(_ input: [UInt8]) {
        var reader = FuzzInput(input)
        let file = File.allCases[Int(reader.byte()) % File.allCases.count]
        switch file {
        case .config:
            let parts = reader.parts(limit: 2)
            let file = write(parts[0])
            let environment = parts.count > 1 ? Self.environment(parts[1]) : [:]
            let loader = ConfigLoader(environment: environment)
            _ = loader.unknownEnvironmentNames()
            do {
                let values = try loader.load(file: file)
                _ = values.describe()
                _ = MentorConfig(values)
            } catch {
                _ = error.description
            }
        case .channels:
            _ = try? ChannelsFile.load(write(reader.rest))
        case .programs:
            _ = try? ProgramsFile.load(write(reader.rest))
        case .synonyms:
            _ = try? SynonymsFile.load(write(reader.rest))
        }
    }

    /// The file holding `bytes`; no file (nil, as when none is configured) for no bytes, because Foundation's
    /// `Data(contentsOf:)` loses a 4 KiB buffer on every empty file, which would grow the fuzzer past its memory limit.
    ///
    /// A plain write: `createFile` writes atomically and syncs, which made disk I/O most of each run.
    private func write(_ bytes: [UInt8]) -> String? {
        guard !bytes.isEmpty else { return nil }
        try? Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// `NAME=value` lines; a line without `=` is a variable set to empty, the first of a repeated name wins.
    static func environment(_ bytes: [UInt8]) -> [String: String] {
        var environment: [String: String] = [:]
        for line in FuzzInput.text(bytes).split(separator: "\n") {
            let pair = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0])
            if environment[name] == nil { environment[name] = pair.count > 1 ? String(pair[1]) : "" }
        }
        return environment
    }
}
