/// A job's payload was read as another kind's.
public struct JobPayloadMismatch: Error, Equatable {
    public var job: Int64
    public var kind: JobKind
    public var expected: JobKind
}
