import Synchronization

/// A value shared between a test and a thread it starts.
final class LockedBox<Value: Sendable>: Sendable {
    private let value: Mutex<Value>

    init(_ value: Value) { self.value = Mutex(value) }

    func set(_ newValue: Value) { value.withLock { $0 = newValue } }

    func get() -> Value { value.withLock { $0 } }

    func update(_ change: (inout Value) -> Void) { value.withLock { change(&$0) } }
}
