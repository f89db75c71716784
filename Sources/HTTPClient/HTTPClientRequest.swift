import HTTPTypes

/// An outbound HTTP request.
public struct HTTPClientRequest: Sendable {
    /// The method, e.g. `GET` or `POST`.
    public var method: String
    /// An absolute `http://` or `https://` URL.
    public var url: String
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The limit for the whole exchange, connecting included.
    public var timeoutSeconds: Double
    /// The limit for establishing the connection (TCP, proxy and TLS handshakes).
    public var connectTimeoutSeconds: Double
    /// The largest response body accepted; a longer one stops the transfer as it streams in. nil for no limit.
    public var maximumResponseBytes: Int?
    /// When not empty, the body is these parts as `multipart/form-data`, encoded by libcurl, and ``body`` is unused.
    public var formParts: [FormPart] = []

    /// A request; the defaults suit a chat API call.
    public init(
        method: String = "GET", url: String, headers: HTTPHeaders = [:], body: [UInt8] = [],
        timeoutSeconds: Double = 10, connectTimeoutSeconds: Double = 5, maximumResponseBytes: Int? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeoutSeconds = timeoutSeconds
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.maximumResponseBytes = maximumResponseBytes
    }
}

/// One part of a `multipart/form-data` body (a file upload), which libcurl's MIME API encodes.
public struct FormPart: Sendable, Equatable {
    public var name: String
    public var data: [UInt8]
    /// The file name, for a part that is a file.
    public var filename: String?
    public var contentType: String?

    public init(name: String, data: [UInt8], filename: String? = nil, contentType: String? = nil) {
        self.name = name
        self.data = data
        self.filename = filename
        self.contentType = contentType
    }
}
