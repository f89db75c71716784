import Synchronization

/// A histogram with fixed bucket bounds and label names; safe to observe from any thread.
///
/// It counts each observation in the first bucket whose bound holds it and renders the buckets cumulatively, as the
/// format wants: `_bucket{le="0.1"}` counts every observation up to 0.1, and `le="+Inf"` equals `_count`.
public final class HistogramFamily: Sendable {
    private struct Series {
        /// Observations per bucket, not cumulative; the last entry is the `+Inf` bucket.
        var counts: [UInt64]
        var sum: Double = 0
    }

    public let name: String
    public let help: String
    public let labelNames: [String]
    /// The upper bounds of the buckets, ascending, without `+Inf` (always added).
    public let bounds: [Double]
    private let series = Mutex<[[String]: Series]>([:])

    /// A histogram named `name` (with its unit, e.g. `_seconds`) over `bounds`, with `labelNames` fixed for every sample.
    public init(_ name: String, help: String, labels labelNames: [String] = [], bounds: [Double]) {
        precondition(!bounds.isEmpty && zip(bounds, bounds.dropFirst()).allSatisfy { $0 < $1 }, "\(name) needs ascending bounds")
        self.name = name
        self.help = help
        self.labelNames = labelNames
        self.bounds = bounds
    }

    /// Counts `value` in the series with `labelValues`, given in the order of ``labelNames``.
    public func observe(_ value: Double, _ labelValues: [String] = []) {
        precondition(labelValues.count == labelNames.count, "\(name) takes labels \(labelNames)")
        let bucket = bounds.firstIndex { value <= $0 } ?? bounds.count
        series.withLock { series in
            series[labelValues, default: Series(counts: Array(repeating: 0, count: bounds.count + 1))].counts[bucket] += 1
            series[labelValues]?.sum += value
        }
    }

    /// The family at this moment: per series its cumulative buckets, `_sum` and `_count`, series in label order.
    public func snapshot() -> MetricSnapshot {
        let all = series.withLock { $0 }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        var samples: [MetricSnapshot.Sample] = []
        for (labelValues, series) in all {
            let labels = zip(labelNames, labelValues).map(MetricSnapshot.Label.init)
            var cumulative: UInt64 = 0
            for (index, count) in series.counts.enumerated() {
                cumulative += count
                let bound = index < bounds.count ? MetricsText.number(bounds[index]) : "+Inf"
                samples.append(.init(suffix: "_bucket", labels: labels + [.init("le", bound)], value: Double(cumulative)))
            }
            samples.append(.init(suffix: "_sum", labels: labels, value: series.sum))
            samples.append(.init(suffix: "_count", labels: labels, value: Double(cumulative)))
        }
        return MetricSnapshot(name: name, help: help, kind: .histogram, samples: samples)
    }
}
