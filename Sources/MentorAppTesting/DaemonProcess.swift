import Foundation
import MentorTesting

/// A real `mentord` child process, for tests that need the whole daemon: signals, ports, logs.
public final class DaemonProcess: @unchecked Sendable {
    public let process = Process()
    private let lock = NSLock()
    private var stdoutText = ""
    private var stderrText = ""

    /// Starts `mentord ARGUMENTS` with `environment` (added to a minimal PATH/HOME environment).
    public init(_ arguments: [String], environment: [String: String]) throws {
        process.executableURL = URL(fileURLWithPath: BuiltProducts.path("mentord"))
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()].merging(environment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: BuiltProducts.packageRoot)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.locked { self?.stdoutText += text }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.locked { self?.stderrText += text }
        }
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    public var standardOutput: String { locked { stdoutText } }
    public var standardError: String { locked { stderrText } }

    /// Waits for the "listening on http://HOST:PORT" line and returns the port.
    public func waitForPort(timeout: TimeInterval = 30) throws -> Int {
        let deadline = Date() + timeout
        while Date() < deadline {
            if let match = standardOutput.firstMatch(of: /listening on http:\/\/[^:]+:(\d+)/), let port = Int(match.1) {
                return port
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw DaemonDidNotStart(stdout: standardOutput, stderr: standardError)
    }

    /// Sends `signal` and waits for exit; returns the exit status and the seconds it took.
    public func stop(with signal: Int32 = SIGTERM, timeout: TimeInterval = 20) -> (status: Int32, seconds: Double) {
        let start = Date()
        kill(process.processIdentifier, signal)
        while process.isRunning && Date().timeIntervalSince(start) < timeout { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return (process.terminationStatus, Date().timeIntervalSince(start))
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}

/// The daemon exited or never printed its address.
public struct DaemonDidNotStart: Error, CustomStringConvertible {
    public let stdout: String
    public let stderr: String
    public var description: String { "mentord did not start.\nstdout: \(stdout)\nstderr: \(stderr)" }
}

extension DaemonProcess {
    /// What `mentord console --as EMAIL` prints for `lines` on the data directory `data`, and its exit status.
    public static func console(_ lines: String, as email: String, data: String) throws -> (text: String, status: Int32) {
        let console = Process()
        console.executableURL = URL(fileURLWithPath: BuiltProducts.path("mentord"))
        console.arguments = ["console", "--as", email]
        console.environment = ["MENTORD_DATA_DIR": data, "MENTORD_LOG_LEVEL": "warning"]
        console.currentDirectoryURL = URL(fileURLWithPath: BuiltProducts.packageRoot)
        let input = Pipe(), output = Pipe()
        console.standardInput = input
        console.standardOutput = output
        try console.run()
        input.fileHandleForWriting.write(Data(lines.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        console.waitUntilExit()
        return (text, console.terminationStatus)
    }
}
