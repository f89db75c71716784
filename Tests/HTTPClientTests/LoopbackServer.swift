import Foundation
import HTTPServer
import HTTPTypes
import Synchronization

/// A real HTTP server on a loopback address that records every request it receives and answers with `respond`.
final class LoopbackServer: Sendable {
    private let server: HTTPServer
    private let log = RequestLog()
    let host: String

    /// Starts on a free port of `host` (`127.0.0.1`, `127.0.0.2`, `::1`).
    init(host: String = "127.0.0.1", respond: @escaping @Sendable (HTTPRequest) -> HTTPResponse = { _ in .text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") }) throws {
        self.host = host
        let log = log
        server = HTTPServer(configuration: .init(host: host, port: 0)) { request in
            log.paths.withLock { $0.append(request.path) }
            return respond(request)
        }
        try server.start()
    }

    deinit {
        server.shutdown(timeoutSeconds: 5)
    }

    var port: Int { server.port }

    /// `http://host:port` with brackets around an IPv6 host.
    var origin: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)" }

    /// The paths (or absolute URLs, for a proxy) of the requests received so far.
    var requests: [String] { log.paths.withLock { $0 } }

    /// A response that sends the client to `location`.
    static func redirect(to location: String, status: Int = 302) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Location": location])
    }
}

/// The paths a ``LoopbackServer`` received, shared with its handler threads.
private final class RequestLog: Sendable {
    let paths = Mutex<[String]>([])
}
