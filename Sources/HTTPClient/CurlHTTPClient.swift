import CCurl
import HTTPTypes
import Synchronization

/// The live `HTTPClient` on libcurl: TLS verification on, no redirects followed, proxies from `ProxySettings`.
///
/// Safe to share between threads; idle easy handles are pooled so connections are reused.
public final class CurlHTTPClient: HTTPClient {
    private static let maximumIdleHandles = 8
    /// `curl_global_init` must run once, before any other libcurl call; a static `let` initializes exactly once.
    private static let libraryStatus: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

    private let proxy: ProxySettings
    private let idleHandles = Mutex<[CurlEasyHandle]>([])

    /// A client that routes requests through the given proxies (by default those in the environment).
    public init(proxy: ProxySettings = .fromEnvironment()) {
        self.proxy = proxy
    }

    public func send(_ request: HTTPClientRequest) throws -> HTTPResponse {
        guard Self.libraryStatus == CURLE_OK else {
            throw HTTPClientError.transport(
                url: URLOrigin.redacted(request.url), code: Int(Self.libraryStatus.rawValue),
                reason: "curl_global_init failed"
            )
        }
        let handle = try idleHandles.withLock { $0.popLast() } ?? CurlEasyHandle()
        defer {
            idleHandles.withLock { idle in
                if idle.count < Self.maximumIdleHandles { idle.append(handle) }
            }
        }
        return try handle.perform(request, proxy: proxy)
    }
}
