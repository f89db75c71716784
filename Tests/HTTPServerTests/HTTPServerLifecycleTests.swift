import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
import Testing

@Suite("HTTP server start and graceful shutdown")
struct HTTPServerLifecycleTests {
    let client = CurlHTTPClient(proxy: ProxySettings())

    @Test func shutdownLetsAnInFlightRequestFinishThenRefusesConnections() throws {
        let handlerStarted = Signal()
        let live = try LiveServer { _ in
            handlerStarted.raise()
            Thread.sleep(forTimeInterval: 0.5)
            return .text("finished")
        }
        let client = client
        let slowRequest = live.request("GET", "/slow")
        let outcome = Signal()
        let status = LockedBox<Int?>(nil)
        Thread.detachNewThread {
            status.set((try? client.send(slowRequest))?.status)
            outcome.raise()
        }
        #expect(handlerStarted.wait(timeoutSeconds: 30))

        live.server.shutdown(timeoutSeconds: 30)

        #expect(outcome.wait(timeoutSeconds: 30))
        #expect(status.get() == 200)
        #expect(throws: HTTPClientError.self) { try client.send(live.request("GET", "/slow")) }
        do {
            _ = try client.send(live.request("GET", "/slow"))
        } catch let error as HTTPClientError {
            guard case .connectionFailed = error else {
                Issue.record("expected connectionFailed, got \(error)")
                return
            }
        }
    }

    @Test func shutdownIsIdempotent() throws {
        let live = try LiveServer { _ in .text("ok") }
        live.server.shutdown()
        live.server.shutdown()
    }

    @Test func portInUseGivesAClearError() throws {
        let first = try LiveServer { _ in .text("ok") }
        defer { first.server.shutdown() }
        let second = HTTPServer(configuration: .init(host: "127.0.0.1", port: first.server.port)) { _ in .text("ok") }
        #expect {
            try second.start()
        } throws: { error in
            let message = String(describing: error)
            return message == "cannot listen on 127.0.0.1:\(first.server.port): address in use; "
                + "set MENTORD_HTTP_PORT to a free port"
        }
    }

    @Test func portZeroBindsARealPort() throws {
        let live = try LiveServer { _ in .text("ok") }
        defer { live.server.shutdown() }
        #expect(live.server.port > 0)
        #expect(try client.send(live.request("GET", "/")).status == 200)
    }

    @Test func startingTwiceIsRefused() throws {
        let live = try LiveServer { _ in .text("ok") }
        defer { live.server.shutdown() }
        #expect(throws: HTTPServerError.alreadyStarted) { try live.server.start() }
    }

    @Test func unresolvableHostIsExplained() {
        let server = HTTPServer(configuration: .init(host: "no-such-host.invalid", port: 0)) { _ in .text("ok") }
        #expect {
            try server.start()
        } throws: { error in
            String(describing: error).contains("set MENTORD_HTTP_HOST")
        }
    }
}
