import HTTPTypes

/// `GET /metrics`: the daemon's metrics in the Prometheus text format, to those ``MetricsAccess`` lets in.
public struct MetricsEndpoint: Sendable {
    public let access: MetricsAccess
    public let metrics: DaemonMetrics

    public init(access: MetricsAccess, metrics: DaemonMetrics) {
        self.access = access
        self.metrics = metrics
    }

    /// The exposition, or the refusal.
    public func respond(_ request: HTTPRequest) -> HTTPResponse {
        if let refusal = access.refusal(request) { return refusal }
        var response = HTTPResponse(status: 200, body: Array(metrics.render().utf8))
        response.headers.set("Content-Type", MetricsText.contentType)
        response.headers.set("Cache-Control", "no-store")
        return response
    }
}
