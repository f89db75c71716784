import Foundation
import HTTPClient
import HTTPTypes
import MentorAppTesting
import MentorTesting
import Testing

/// The real `mentord serve` process, on a free port, called through the project's libcurl client.
@Suite(.serialized) struct DaemonTests {
    let folder = TemporaryDirectory()
    let client = CurlHTTPClient()

    func startDaemon(_ extra: [String: String] = [:]) throws -> (DaemonProcess, String) {
        let daemon = try DaemonProcess(["serve"], environment: [
            "MENTORD_DATA_DIR": folder.file("data"), "MENTORD_HTTP_PORT": "0", "MENTORD_HTTP_HOST": "127.0.0.1",
            "MENTORD_ORG_SEED_CSV": "Config/sample-org.csv",
        ].merging(extra) { $1 })
        let port = try daemon.waitForPort()
        return (daemon, "http://127.0.0.1:\(port)")
    }

    func get(_ url: String) throws -> HTTPResponse {
        try client.send(HTTPClientRequest(method: "GET", url: url))
    }

    @Test func servesHealthReadinessAndErrorsThenStopsCleanlyOnSIGTERM() throws {
        let (daemon, base) = try startDaemon()
        #expect(daemon.standardOutput.contains("(data: \(folder.file("data"))/mentord.sqlite)"))
        let health = try get(base + "/healthz")
        #expect(health.status == 200)
        #expect(health.headers["X-Request-Id"]?.isEmpty == false)
        #expect(try get(base + "/readyz").status == 200)
        #expect(try get(base + "/no-such-page").status == 404)
        let huge = HTTPClientRequest(method: "POST", url: base + "/healthz", body: [UInt8](repeating: 65, count: 2 * 1_048_576))
        #expect(try client.send(huge).status == 413)

        let (status, seconds) = daemon.stop(with: SIGTERM)
        #expect(status == 0)
        #expect(seconds < 10)
        let log = daemon.standardError
        #expect(log.contains(#""msg":"shutdown requested""#))
        #expect(log.contains(#""signal":"SIGTERM""#))
        #expect(log.contains(#""msg":"shutdown complete""#))
        #expect(log.contains(#""msg":"sample organisation imported into the empty database""#))
        for line in log.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["ts"] != nil && object?["level"] != nil && object?["msg"] != nil, "not a JSON log line: \(line)")
        }
    }

    @Test func sigintAlsoExitsZeroAndARestartKeepsTheData() throws {
        let (first, _) = try startDaemon()
        #expect(first.stop(with: SIGINT).status == 0)
        let (second, base) = try startDaemon()
        #expect(try get(base + "/readyz").status == 200)
        #expect(!second.standardError.contains("sample organisation imported"), "the directory was not empty the second time")
        #expect(second.stop().status == 0)
    }

    @Test func aBusyPortIsAClearErrorNotACrash() throws {
        let (first, base) = try startDaemon()
        let port = String(base.split(separator: ":").last!)
        let second = try DaemonProcess(["serve"], environment: [
            "MENTORD_DATA_DIR": folder.file("data2"), "MENTORD_HTTP_PORT": port,
        ])
        second.process.waitUntilExit()
        #expect(second.process.terminationStatus == 1)
        #expect(second.standardError.contains(port))
        #expect(first.stop().status == 0)
    }

    @Test func consoleOverPipedInputPrintsTheCommandList() throws {
        // As `make run` starts it: the sample people and their joined demo profiles.
        let (seeded, _) = try startDaemon(["MENTORD_ORG_SEED_PROFILES_CSV": "Config/sample-profiles.csv"])
        #expect(seeded.stop().status == 0)
        let (text, status) = try DaemonProcess.console("help\nfind leadership\n", as: "alice.nguyen@example.com", data: folder.file("data"))
        #expect(status == 0)
        #expect(text.contains("whoami — Show what mentord knows about you"))
        #expect(text.contains("leadership") && text.contains("shared working hours"), "the demo profiles are searchable: \(text.suffix(600))")
    }
}
