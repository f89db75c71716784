import Foundation

/// Runs the Python reference scripts in `Tests/Support/python` (zoneinfo, icalendar) and returns their JSON output.
public enum PythonReference {
    /// Problems running a reference script, with what to do about them.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The interpreter from `.venv-tools`, installed by `scripts/python-test-tools` on first use.
    public static func interpreter() throws -> String {
        let output = try run(BuiltProducts.packageRoot + "/scripts/python-test-tools", [], input: Data())
        let path = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Failure(description: "scripts/python-test-tools did not provide a Python (got \"\(path)\"); run it by hand to see why")
        }
        return path
    }

    /// Runs `Tests/Support/python/<script>` with `arguments`, feeding `input` as JSON on stdin, and decodes stdout.
    public static func json(_ script: String, _ arguments: [String] = [], input: Any? = nil) throws -> Any {
        let body = try input.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        let output = try run(try interpreter(), [BuiltProducts.packageRoot + "/Tests/Support/python/" + script] + arguments, input: body)
        return try JSONSerialization.jsonObject(with: output)
    }

    static func run(_ executable: String, _ arguments: [String], input: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): \(String(decoding: errors, as: UTF8.self))")
        }
        return output
    }
}
