import Foundation
import HTTPClient
import HTTPServer
import HTTPTypes
import Synchronization
import Testing

/// D6, issue 16's acceptance: while one client holds 2,000 slow connections for 60 s, `/healthz` from another address
/// answers in under a second throughout. `MENTORD_SLOWLORIS_CONNECTIONS` and `MENTORD_SLOWLORIS_SECONDS` shrink the run
/// for a quick local check.
@Suite("HTTP server under a slowloris client (D6)")
struct SecurityD6SlowlorisTests {
    static let environment = ProcessInfo.processInfo.environment
    static let connections = environment["MENTORD_SLOWLORIS_CONNECTIONS"].flatMap(Int.init) ?? 2_000
    static let seconds = environment["MENTORD_SLOWLORIS_SECONDS"].flatMap(Double.init) ?? 60
    /// The slow client's addresses: 127.0.0.2 to 127.0.0.40, so the default limit of 64 per address holds them all.
    static let sources = (2...40).map { "127.0.0.\($0)" }

    @Test func securityD6TwoThousandSlowConnectionsDoNotStopHealthz() throws {
        let live = try LiveServer { request in request.path == "/healthz" ? .text("ok") : .text("slow", status: 404) }
        defer { live.server.shutdown() }
        let slow = SlowClient(port: live.server.port, sources: Self.sources)
        let done = Atomic<Bool>(false)
        let attack = Thread { slow.run(connections: Self.connections, until: { done.load(ordering: .relaxed) }) }
        attack.start()
        defer { done.store(true, ordering: .relaxed) }
        #expect(Signal.poll(timeoutSeconds: 30) { slow.open >= Self.connections })

        let client = CurlHTTPClient(proxy: ProxySettings())
        var probes: [(status: Int?, seconds: Double)] = []
        let end = Date().addingTimeInterval(Self.seconds)
        while Date() < end {
            let started = Date()
            let status = try? client.send(live.request("GET", "/healthz", timeoutSeconds: 5)).status
            probes.append((status, Date().timeIntervalSince(started)))
            Thread.sleep(forTimeInterval: 2)
        }
        done.store(true, ordering: .relaxed)
        let slowest = probes.map(\.seconds).max() ?? 0
        print("slowloris: \(slow.peak) slow connections at peak, \(slow.reopened) reopened after the deadline; "
            + "\(probes.count) health checks, slowest \(Int(slowest * 1000)) ms")
        #expect(slow.peak >= Self.connections)
        #expect(probes.count >= Int(Self.seconds / 3))
        #expect(probes.allSatisfy { $0.status == 200 && $0.seconds < 1 })
        if Self.seconds > 20 { #expect(live.server.connectionsClosedAtDeadline > 0) }
    }
}

/// One client holding many connections that each send a header byte every few seconds, reopening any the server
/// closes, the way slowloris does.
final class SlowClient: Sendable {
    let port: Int
    let sources: [String]
    private let counts = Mutex((open: 0, peak: 0, reopened: 0))

    init(port: Int, sources: [String]) {
        self.port = port
        self.sources = sources
    }

    var open: Int { counts.withLock { $0.open } }
    var peak: Int { counts.withLock { $0.peak } }
    var reopened: Int { counts.withLock { $0.reopened } }

    func run(connections wanted: Int, byteEverySeconds interval: Double = 3, until stop: () -> Bool) {
        var held: [RawHTTPConnection?] = Array(repeating: nil, count: wanted)
        while !stop() {
            for index in held.indices where !stop() {
                if let connection = held[index], connection.isOpen, connection.send("a") { continue }
                if held[index] != nil { counts.withLock { $0.reopened += 1 } }
                held[index] = try? RawHTTPConnection(port: port, source: sources[index % sources.count])
                held[index]?.send("GET /slow HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            }
            let open = held.count { $0 != nil }
            counts.withLock { $0.open = open; $0.peak = max($0.peak, open) }
            let next = Date().addingTimeInterval(interval)
            while Date() < next, !stop() { Thread.sleep(forTimeInterval: 0.1) }
        }
    }
}

extension RawHTTPConnection {
    /// False once the server has closed its end (a read would see end-of-stream or a reset).
    var isOpen: Bool {
        var byte: UInt8 = 0
        let count = recv(socket, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return count > 0 || (count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
    }
}
