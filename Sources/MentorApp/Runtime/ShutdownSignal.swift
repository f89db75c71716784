import Dispatch
import Foundation

/// Blocks until SIGTERM or SIGINT arrives, and says which.
enum ShutdownSignal {
    /// Waits for the first of SIGTERM or SIGINT; returns its name.
    static func wait() -> String {
        let semaphore = DispatchSemaphore(value: 0)
        let received = ReceivedSignal()
        let queue = DispatchQueue(label: "mentord.signals")
        let sources = [(SIGTERM, "SIGTERM"), (SIGINT, "SIGINT")].map { number, name in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                received.set(name)
                semaphore.signal()
            }
            source.resume()
            return source
        }
        semaphore.wait()
        sources.forEach { $0.cancel() }
        return received.name
    }
}

/// The first signal's name, written on the signal queue and read after the semaphore.
private final class ReceivedSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var value = ""

    func set(_ name: String) {
        lock.lock()
        defer { lock.unlock() }
        if value.isEmpty { value = name }
    }

    var name: String {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
