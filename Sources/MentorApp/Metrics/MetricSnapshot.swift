/// One metric family as it stands at a scrape: its name, help, type and samples, ready for ``MetricsText``.
public struct MetricSnapshot: Sendable, Equatable {
    /// The Prometheus metric types mentord exposes.
    public enum Kind: String, Sendable {
        case counter, gauge, histogram
    }

    /// One line of the family: the family's name plus `suffix` (`_bucket`, `_sum`, `_count`, or none), its labels and value.
    public struct Sample: Sendable, Equatable {
        public var suffix: String
        public var labels: [Label]
        public var value: Double

        public init(suffix: String = "", labels: [Label] = [], value: Double) {
            self.suffix = suffix
            self.labels = labels
            self.value = value
        }
    }

    /// A label's name and value; the name is fixed by the family, the value comes from a closed set (``MetricLabels``).
    public struct Label: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var name: String
    public var help: String
    public var kind: Kind
    public var samples: [Sample]

    public init(name: String, help: String, kind: Kind, samples: [Sample]) {
        self.name = name
        self.help = help
        self.kind = kind
        self.samples = samples
    }

    /// A gauge with one unlabelled sample.
    public static func gauge(_ name: String, _ help: String, _ value: Double) -> MetricSnapshot {
        MetricSnapshot(name: name, help: help, kind: .gauge, samples: [Sample(value: value)])
    }
}
