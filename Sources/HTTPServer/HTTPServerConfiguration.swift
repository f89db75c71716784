/// Where and how the embedded HTTP server listens.
public struct HTTPServerConfiguration: Sendable {
    /// The address to bind: an IPv4 or IPv6 address, or a name that resolves to one.
    public var host: String
    /// The TCP port; 0 lets the operating system pick a free one (read it back from `HTTPServer.port`).
    public var port: Int
    /// Larger request bodies are answered with 413 and never reach a handler.
    public var bodyLimitBytes: Int
    /// Idle connections are closed after this many seconds.
    public var connectionTimeoutSeconds: Int
    /// The number of worker threads; handlers run on them, so a slow handler holds one.
    public var threadCount: Int
    /// Connections held at once; more are accepted and closed at once. Lowered at start to what the open-file limit
    /// allows (read the result from `HTTPServer.connectionLimit`).
    public var connectionLimit: Int
    /// Connections held at once from one client address (0: no limit), so one client cannot take them all.
    public var perIPConnectionLimit: Int
    /// Each request's headers and body must have arrived within this many seconds of the connection opening or the
    /// previous response, however slowly the bytes come; the connection is closed otherwise. 0: no deadline.
    public var requestDeadlineSeconds: Int

    /// A configuration with defaults suitable for a single daemon behind a reverse proxy.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, bodyLimitBytes: Int = 1_048_576,
        connectionTimeoutSeconds: Int = 30, threadCount: Int = 4, connectionLimit: Int = 4096,
        perIPConnectionLimit: Int = 64, requestDeadlineSeconds: Int = 15
    ) {
        self.host = host
        self.port = port
        self.bodyLimitBytes = bodyLimitBytes
        self.connectionTimeoutSeconds = connectionTimeoutSeconds
        self.threadCount = threadCount
        self.connectionLimit = connectionLimit
        self.perIPConnectionLimit = perIPConnectionLimit
        self.requestDeadlineSeconds = requestDeadlineSeconds
    }

    /// `host:port` as a person would type it, with brackets around IPv6 addresses.
    var displayAddress: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
