/// An inbound HTTP request as the server hands it to a route.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The path without the query string, e.g. `/slack/commands`.
    public var path: String
    /// The raw query string without the leading `?`, empty when absent.
    public var query: String
    public var headers: HTTPHeaders
    /// The raw body bytes, exactly as received (signatures are computed over these).
    public var body: [UInt8]
    /// A per-request id, echoed in the `X-Request-Id` response header and in logs.
    public var requestID: String

    public init(
        method: String, path: String, query: String = "", headers: HTTPHeaders = [:], body: [UInt8] = [],
        requestID: String = ""
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.requestID = requestID
    }

    /// The query string decoded into name/value pairs (`+` and percent escapes decoded).
    public var queryItems: [(name: String, value: String)] {
        FormEncoding.decode(query)
    }
}
