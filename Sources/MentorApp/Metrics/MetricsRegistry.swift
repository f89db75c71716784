import Synchronization

/// The metric families a process exposes, in the order registered: counters and histograms it keeps, and collectors
/// that read their values at scrape time (queue depths from the store).
///
/// ```swift
/// let registry = MetricsRegistry()
/// let failures = registry.counter("mentord_webhook_verification_failures_total", help: "…", labels: ["platform"])
/// failures.increment(["slack"])
/// let body = registry.render()
/// ```
public final class MetricsRegistry: Sendable {
    private enum Source: Sendable {
        case counter(CounterFamily)
        case histogram(HistogramFamily)
        case collector(@Sendable () -> [MetricSnapshot])
    }

    private let sources = Mutex<[Source]>([])

    public init() {}

    /// Registers and returns a counter.
    public func counter(_ name: String, help: String, labels: [String] = []) -> CounterFamily {
        let counter = CounterFamily(name, help: help, labels: labels)
        sources.withLock { $0.append(.counter(counter)) }
        return counter
    }

    /// Registers and returns a histogram.
    public func histogram(_ name: String, help: String, labels: [String] = [], bounds: [Double]) -> HistogramFamily {
        let histogram = HistogramFamily(name, help: help, labels: labels, bounds: bounds)
        sources.withLock { $0.append(.histogram(histogram)) }
        return histogram
    }

    /// Registers families whose values `collect` reads at each scrape.
    public func collect(_ collect: @escaping @Sendable () -> [MetricSnapshot]) {
        sources.withLock { $0.append(.collector(collect)) }
    }

    /// Every family as it stands now.
    public func snapshot() -> [MetricSnapshot] {
        sources.withLock { $0 }.flatMap { source -> [MetricSnapshot] in
            switch source {
            case .counter(let counter): [counter.snapshot()]
            case .histogram(let histogram): [histogram.snapshot()]
            case .collector(let collect): collect()
            }
        }
    }

    /// The exposition of every family (``MetricsText``).
    public func render() -> String {
        MetricsText.render(snapshot())
    }
}
