import Synchronization

/// A counter with a fixed list of label names, one value per combination of label values seen; safe to increment
/// from any thread.
public final class CounterFamily: Sendable {
    public let name: String
    public let help: String
    public let labelNames: [String]
    private let values = Mutex<[[String]: Double]>([:])

    /// A counter named `name` (Prometheus style, ending in `_total`), with `labelNames` fixed for every sample.
    public init(_ name: String, help: String, labels labelNames: [String] = []) {
        self.name = name
        self.help = help
        self.labelNames = labelNames
    }

    /// Adds `amount` to the series with `labelValues`, given in the order of ``labelNames``.
    public func increment(_ labelValues: [String] = [], by amount: Double = 1) {
        precondition(labelValues.count == labelNames.count, "\(name) takes labels \(labelNames)")
        values.withLock { $0[labelValues, default: 0] += amount }
    }

    /// The value of the series with `labelValues`; 0 for one never incremented.
    public func value(_ labelValues: [String] = []) -> Double {
        values.withLock { $0[labelValues] ?? 0 }
    }

    /// The family at this moment, series in label order so scrapes read alike.
    public func snapshot() -> MetricSnapshot {
        let series = values.withLock { $0 }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        return MetricSnapshot(name: name, help: help, kind: .counter, samples: series.map { labelValues, value in
            MetricSnapshot.Sample(labels: zip(labelNames, labelValues).map(MetricSnapshot.Label.init), value: value)
        })
    }
}
