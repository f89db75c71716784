import Foundation

/// A background thread that runs a pass, waits as long as the pass asks (or until woken or stopped), and repeats.
///
/// The daemon runs two: the job runner and the calendar-feed fetcher. Their durable state lives
/// in SQLite, so a restart catches up on the first pass.
final class PeriodicWorker: @unchecked Sendable {
    private let pass: @Sendable () -> TimeInterval
    private let condition = NSCondition()
    private var stopping = false
    private var woken = false
    private var finished = false

    /// `pass` does one round of work and returns how many seconds to wait before the next.
    init(pass: @escaping @Sendable () -> TimeInterval) {
        self.pass = pass
    }

    func start() {
        Thread.detachNewThread { [self] in
            while true {
                let wait = pass()
                condition.lock()
                if !stopping && !woken { _ = condition.wait(until: Date() + max(wait, 0.01)) }
                woken = false
                let done = stopping
                condition.unlock()
                if done { break }
            }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Runs the next pass now.
    func wake() {
        condition.lock()
        woken = true
        condition.broadcast()
        condition.unlock()
    }

    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while !finished { _ = condition.wait(until: Date() + 5) }
        condition.unlock()
    }
}
