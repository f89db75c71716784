import CMicroHTTPD
import Foundation
import HTTPTypes
import Synchronization

/// An embedded HTTP/1.1 server on libmicrohttpd whose synchronous handler runs on a pool of worker threads.
///
/// ```swift
/// let server = HTTPServer(configuration: .init(port: 0)) { _ in .text("ok") }
/// try server.start()
/// defer { server.shutdown() }
/// ```
public final class HTTPServer: Sendable {
    private enum Lifecycle {
        case created
        case running(daemon: OpaquePointer, port: Int)
        case stopped(port: Int)
    }

    /// The configuration the server was created with.
    public let configuration: HTTPServerConfiguration
    private let pipeline: RequestPipeline
    private let lifecycle = Mutex<Lifecycle>(.created)

    /// A server that answers every request with `handler` and reports each answered request to `onCompleted`.
    public convenience init(
        configuration: HTTPServerConfiguration,
        handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse,
        onCompleted: (@Sendable (CompletedRequest) -> Void)? = nil
    ) {
        self.init(configuration: configuration, routing: { (handler($0), nil) }, onCompleted: onCompleted)
    }

    /// A server that answers with `router` and reports each answered request, with the pattern of the route that
    /// answered it (``CompletedRequest/route``), to `onCompleted`.
    public convenience init(
        configuration: HTTPServerConfiguration, router: Router, onCompleted: (@Sendable (CompletedRequest) -> Void)? = nil
    ) {
        self.init(configuration: configuration, routing: { router.respond(to: $0) }, onCompleted: onCompleted)
    }

    private init(
        configuration: HTTPServerConfiguration,
        routing: @escaping @Sendable (HTTPRequest) -> (response: HTTPResponse, route: String?),
        onCompleted: (@Sendable (CompletedRequest) -> Void)?
    ) {
        self.configuration = configuration
        self.pipeline = RequestPipeline(
            handler: routing, onCompleted: onCompleted, bodyLimitBytes: max(0, configuration.bodyLimitBytes),
            requestDeadlineSeconds: configuration.requestDeadlineSeconds
        )
    }

    deinit {
        if case .running(let daemon, _) = lifecycle.withLock({ $0 }) {
            MHD_stop_daemon(daemon)
        }
        pipeline.deadlines.stop()
    }

    /// Binds the configured address and starts answering; throws `HTTPServerError` saying what to change.
    public func start() throws {
        try validate(configuration)
        try lifecycle.withLock { lifecycle in
            guard case .created = lifecycle else { throw HTTPServerError.alreadyStarted }
            let context = Unmanaged.passUnretained(pipeline).toOpaque()
            let limits = cmhd_limits(
                thread_pool_size: UInt32(configuration.threadCount),
                connection_timeout_s: UInt32(clamping: configuration.connectionTimeoutSeconds),
                connection_limit: UInt32(clamping: connectionLimit),
                per_ip_connection_limit: UInt32(clamping: configuration.perIPConnectionLimit)
            )
            let callbacks = cmhd_callbacks(
                access: { context, connection, url, method, version, uploadData, uploadDataSize, requestContext in
                    MicroHTTPDCallbacks.access(
                        context: context, connection: connection, url: url, method: method, version: version,
                        uploadData: uploadData, uploadDataSize: uploadDataSize, requestContext: requestContext
                    )
                },
                access_cls: context,
                completed: { context, connection, requestContext, reason in
                    MicroHTTPDCallbacks.requestCompleted(
                        context: context, connection: connection, requestContext: requestContext, reason: reason
                    )
                },
                completed_cls: context,
                uri: { context, target, connection in
                    MicroHTTPDCallbacks.requestStarted(context: context, target: target, connection: connection)
                },
                uri_cls: context,
                connection: { context, connection, _, toe in
                    MicroHTTPDCallbacks.connectionChanged(context: context, connection: connection, toe: toe)
                },
                connection_cls: context
            )
            var errorNumber: Int32 = 0
            let daemon = cmhd_start(configuration.host, UInt16(configuration.port), limits, callbacks, &errorNumber)
            guard let daemon else {
                throw HTTPServerError.listenFailure(address: configuration.displayAddress, errorNumber: errorNumber)
            }
            lifecycle = .running(daemon: daemon, port: Int(cmhd_bound_port(daemon)))
            pipeline.deadlines.startWatching()
        }
    }

    /// Connections held at once: the configured limit, or fewer when the open-file limit cannot hold that many.
    ///
    /// Reading it raises the process's soft open-file limit to its hard limit, as `start()` does.
    public var connectionLimit: Int {
        OpenFileLimit.connections(wanted: configuration.connectionLimit, softLimit: OpenFileLimit.raiseToHardLimit())
    }

    /// Connections closed so far because their request had not arrived within the request deadline.
    public var connectionsClosedAtDeadline: Int { pipeline.deadlines.closedAtDeadline }

    /// The bound port: the one the system picked when configured with 0, or the configured port before `start()`.
    public var port: Int {
        lifecycle.withLock { lifecycle in
            switch lifecycle {
            case .created: configuration.port
            case .running(_, let port), .stopped(let port): port
            }
        }
    }

    /// Stops accepting connections, lets in-flight requests finish (up to `timeoutSeconds`), then stops. Idempotent.
    ///
    /// Responses sent while draining carry `Connection: close`. A handler still running at the deadline is waited
    /// for (its worker thread must return), but its connection is closed without a response.
    public func shutdown(timeoutSeconds: Double = 10) {
        let claimed: (daemon: OpaquePointer, port: Int)? = lifecycle.withLock { lifecycle in
            guard case .running(let daemon, let port) = lifecycle else { return nil }
            lifecycle = .stopped(port: port)
            return (daemon, port)
        }
        guard let claimed else { return }
        pipeline.beginDraining()
        let listenSocket = MHD_quiesce_daemon(claimed.daemon)
        let deadline = ContinuousClock.now + .milliseconds(Int(max(0, timeoutSeconds) * 1000))
        while pipeline.hasRequestsInFlight, ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.005)
        }
        MHD_stop_daemon(claimed.daemon)
        pipeline.deadlines.stop()
        // After quiescing, the listening socket belongs to us and must be closed once the daemon has stopped.
        if listenSocket >= 0 { close(listenSocket) }
    }

    private func validate(_ configuration: HTTPServerConfiguration) throws {
        guard (0...65_535).contains(configuration.port) else {
            throw HTTPServerError.invalidConfiguration("port \(configuration.port) is outside 0...65535")
        }
        guard (1...1024).contains(configuration.threadCount) else {
            throw HTTPServerError.invalidConfiguration("thread count \(configuration.threadCount) is outside 1...1024")
        }
        guard configuration.connectionTimeoutSeconds >= 0 else {
            throw HTTPServerError.invalidConfiguration("connection timeout must not be negative")
        }
        guard configuration.connectionLimit >= 1 else {
            throw HTTPServerError.invalidConfiguration("connection limit must be at least 1")
        }
        guard configuration.perIPConnectionLimit >= 0 else {
            throw HTTPServerError.invalidConfiguration("per-address connection limit must not be negative")
        }
        guard configuration.requestDeadlineSeconds >= 0 else {
            throw HTTPServerError.invalidConfiguration("request deadline must not be negative")
        }
    }
}
