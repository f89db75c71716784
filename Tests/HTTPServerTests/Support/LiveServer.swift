import HTTPClient
import HTTPServer
import HTTPTypes

/// A real server on a free loopback port, for tests that talk to it over TCP.
struct LiveServer {
    let server: HTTPServer
    var baseURL: String { "http://127.0.0.1:\(server.port)" }

    init(
        bodyLimitBytes: Int = 1_048_576, threadCount: Int = 4,
        onCompleted: (@Sendable (CompletedRequest) -> Void)? = nil,
        configure: (inout HTTPServerConfiguration) -> Void = { _ in },
        handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) throws {
        var configuration = HTTPServerConfiguration(
            host: "127.0.0.1", port: 0, bodyLimitBytes: bodyLimitBytes, threadCount: threadCount
        )
        configure(&configuration)
        server = HTTPServer(configuration: configuration, handler: handler, onCompleted: onCompleted)
        try server.start()
    }

    func request(
        _ method: String, _ path: String, headers: HTTPHeaders = [:], body: [UInt8] = [], timeoutSeconds: Double = 30
    ) -> HTTPClientRequest {
        HTTPClientRequest(
            method: method, url: baseURL + path, headers: headers, body: body, timeoutSeconds: timeoutSeconds,
            connectTimeoutSeconds: 10
        )
    }
}
