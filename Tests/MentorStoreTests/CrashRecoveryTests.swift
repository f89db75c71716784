import Foundation
import MentorCore
import MentorStore
import MentorTesting
import Testing

/// Kills a writer with SIGKILL in the middle of its writes and checks that everything it acknowledged is in the file,
/// so acknowledgements come only after commits.
///
/// It guards that ordering, not `synchronous=FULL`: a killed process loses nothing in WAL mode whatever that setting
/// says. What FULL adds, keeping commits through a power loss or an OS crash, cannot be shown by killing a process.
@Suite struct CrashRecoveryTests {
    @Test func nothingIsAcknowledgedBeforeItCommits() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("crash.sqlite")
        for round in 1...3 {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: BuiltProducts.path("StoreCrashProbe"))
            probe.arguments = [path]
            let output = Pipe()
            probe.standardOutput = output
            try probe.run()
            var acknowledged: [String] = []
            var buffer = Data()
            let reader = output.fileHandleForReading
            while acknowledged.count < 40 {
                let chunk = reader.availableData
                guard !chunk.isEmpty else { break }
                buffer.append(chunk)
                let lines = String(decoding: buffer, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                acknowledged = lines.dropLast().filter { $0.hasPrefix("ack ") }.map { String($0.dropFirst(4)) }
            }
            kill(probe.processIdentifier, SIGKILL)
            probe.waitUntilExit()
            #expect(probe.terminationReason == .uncaughtSignal)
            let chunk = reader.readDataToEndOfFile()
            buffer.append(chunk)
            acknowledged = String(decoding: buffer, as: UTF8.self).split(separator: "\n")
                .filter { $0.hasPrefix("ack ") && !$0.dropFirst(4).isEmpty }.map { String($0.dropFirst(4)) }

            let database = try Database(path: path)
            #expect(try database.integrityCheck() == "ok")
            let directory = SQLiteDirectory(database: database, clock: SystemClock())
            let missing = try acknowledged.filter { try directory.person(email: $0) == nil }
            #expect(missing.isEmpty, "acknowledged but lost after kill -9 in round \(round): \(missing.prefix(5))")
            #expect(acknowledged.count >= 40)
        }
    }
}
