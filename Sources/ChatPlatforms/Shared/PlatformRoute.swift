import HTTPTypes

/// One inbound HTTP endpoint of a webhook platform, e.g. `POST /slack/commands`.
///
/// The handler verifies the request first (401 on a bad signature), decodes it (400 when malformed), and answers
/// within the platform's deadline.
public struct PlatformRoute: Sendable {
    public let method: String
    public let path: String
    public let handle: @Sendable (HTTPRequest) -> HTTPResponse

    public init(method: String, path: String, handle: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.method = method
        self.path = path
        self.handle = handle
    }
}
