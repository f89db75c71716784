import Foundation

/// A background thread that runs a pass, waits as long as the pass asks (or until woken or stopped), and repeats.
///
/// The one loop under the outbox worker, the periodic workers and the pollers.
///
/// ```swift
/// let loop = WorkerLoop()
/// loop.start { try? outbox.deliverDue(); return 0.5 }
/// loop.wake()   // run the next pass now
/// loop.stop()
/// ```
public final class WorkerLoop: @unchecked Sendable {
    /// Guards the flags below.
    private let condition = NSCondition()
    private var running = false
    private var woken = false
    private var finished = true

    public init() {}

    /// Runs `pass` on a new thread until ``stop(timeout:)``; `pass` returns the seconds to wait before the next one.
    /// A second call while running does nothing.
    public func start(_ pass: @escaping @Sendable () -> TimeInterval) {
        let starting = locked { () -> Bool in
            guard !running else { return false }
            running = true
            finished = false
            return true
        }
        guard starting else { return }
        Thread.detachNewThread { [self] in
            while locked({ running }) {
                let wait = pass()
                condition.lock()
                if running && !woken { _ = condition.wait(until: Date() + max(wait, 0)) }
                woken = false
                condition.unlock()
            }
            locked { finished = true }
            condition.broadcast()
        }
    }

    /// Runs the next pass now rather than after the wait.
    public func wake() {
        locked { woken = true }
        condition.broadcast()
    }

    /// Asks the loop to stop after the pass in progress, waiting at most `timeout` seconds for it.
    public func stop(timeout: TimeInterval = 10) {
        condition.lock()
        running = false
        condition.broadcast()
        let deadline = Date() + timeout
        while !finished && Date() < deadline { _ = condition.wait(until: deadline) }
        condition.unlock()
    }

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }
}
