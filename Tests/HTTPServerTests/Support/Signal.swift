import Foundation
import Synchronization

/// A flag one thread raises and another waits for.
final class Signal: Sendable {
    private let raised = Mutex(false)

    func raise() { raised.withLock { $0 = true } }

    /// Waits until raised or `timeoutSeconds` pass; returns whether it was raised.
    func wait(timeoutSeconds: Double) -> Bool {
        Signal.poll(timeoutSeconds: timeoutSeconds) { self.raised.withLock { $0 } }
    }

    /// Checks `condition` every few milliseconds until it holds or `timeoutSeconds` pass; returns whether it held.
    static func poll(timeoutSeconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return condition()
    }
}
