/// One fuzz target: set up once per process, then fed input after input by libFuzzer (or by a corpus replay).
///
/// A target must survive every input: a crash, a leak or an input that takes seconds is a finding to fix in the
/// product, never in the target.
///
/// ```swift
/// let target = try ConfigLoaderFuzzTarget()
/// target.run(Array(#"{"http":{"port":8080}}"#.utf8))
/// ```
public protocol FuzzTarget: AnyObject {
    /// The name `mentord-fuzz NAME` and `make fuzz-one TARGET=NAME` take, and its corpus folder under `Tests/Fuzz/corpus/`.
    static var name: String { get }

    /// Builds what every input shares (a seeded database, a decoder); runs once per process.
    init() throws

    /// Feeds one input to the code under test.
    func run(_ input: [UInt8])
}

/// Every fuzz target, in the order `make fuzz` runs them.
public enum FuzzTargets {
    public static var all: [any FuzzTarget.Type] {[
        AssistantFuzzTarget.self,
        PlatformDecoderFuzzTarget.self,
        CSVPlannerFuzzTarget.self,
        ConfigLoaderFuzzTarget.self,
        CalendarFeedFuzzTarget.self,
    ]}

    /// The target called `name`, or nil.
    public static func named(_ name: String) -> (any FuzzTarget.Type)? {
        all.first { $0.name == name }
    }
}
