import Dispatch
import Foundation

/// Catches SIGTERM and SIGINT from the moment it is created, so a signal sent while the daemon is still starting
/// is not lost; ``wait()`` then returns at once.
final class ShutdownSignal: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let queue = DispatchQueue(label: "mentord.signals")
    private let lock = NSLock()
    private var received = ""
    private var sources: [any DispatchSourceSignal] = []

    init() {
        sources = [(SIGTERM, "SIGTERM"), (SIGINT, "SIGINT")].map { number, name in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [self] in
                let first = lock.withLock { () -> Bool in
                    defer { if received.isEmpty { received = name } }
                    return received.isEmpty
                }
                if first { semaphore.signal() }
            }
            source.resume()
            return source
        }
    }

    /// Blocks until the first SIGTERM or SIGINT; returns its name.
    func wait() -> String {
        semaphore.wait()
        sources.forEach { $0.cancel() }
        return lock.withLock { received }
    }
}
