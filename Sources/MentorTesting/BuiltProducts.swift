import Foundation

/// Finds executables SwiftPM built next to the test bundle, such as `mentord`.
public enum BuiltProducts {
    /// The path of the built executable `name`; fails the test run clearly if it was not built.
    public static func path(_ name: String) -> String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        preconditionFailure("\(name) is not built next to \(directory.path); run swift build first")
    }

    /// The package's root directory.
    public static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }
}
