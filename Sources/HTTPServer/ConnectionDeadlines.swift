import Foundation
import Synchronization

/// Closes connections whose request has not fully arrived in time, however slowly its bytes trickle in.
///
/// libmicrohttpd's connection timeout restarts on every byte, and its callbacks stay silent until the headers are
/// complete, so a client sending one header byte a second would hold a connection for hours. Here each connection gets
/// a due time when it opens and again after each response; the access handler clears it once the whole request has
/// arrived. A watchdog thread shuts down the socket of any connection past its due time; libmicrohttpd then sees the
/// hang-up and closes the connection itself.
///
/// `shutdown(2)` is called under the same lock the close notification takes, and libmicrohttpd sends that notification
/// before it closes the descriptor, so the socket shut down is always the connection's own, never a reused number.
final class ConnectionDeadlines: Sendable {
    private struct Tracked {
        let socket: Int32
        /// When the connection is shut down unless its request has arrived; nil while a request is being answered.
        var due: ContinuousClock.Instant?
    }

    /// How long a request may take to arrive; nil for no deadline.
    let allowance: Duration?
    private let connections = Mutex<[UInt: Tracked]>([:])
    private let closedCount = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)

    init(seconds: Int) {
        allowance = seconds > 0 ? .seconds(seconds) : nil
    }

    /// Connections shut down so far because their request missed the deadline.
    var closedAtDeadline: Int { closedCount.load(ordering: .relaxed) }

    /// A connection was accepted: its first request is due within the allowance.
    func opened(_ connection: OpaquePointer, socket: Int32) {
        guard let allowance, socket >= 0 else { return }
        let due = ContinuousClock.now + allowance
        connections.withLock { $0[key(connection)] = Tracked(socket: socket, due: due) }
    }

    /// The whole request (headers and body) has arrived: answering it is not bounded here.
    func requestArrived(_ connection: OpaquePointer) {
        connections.withLock { $0[key(connection)]?.due = nil }
    }

    /// A response was sent: the next request on this connection is due within the allowance.
    func responseSent(_ connection: OpaquePointer) {
        guard let allowance else { return }
        let due = ContinuousClock.now + allowance
        connections.withLock { $0[key(connection)]?.due = due }
    }

    /// libmicrohttpd is closing the connection; after this its descriptor may belong to someone else.
    func closed(_ connection: OpaquePointer) {
        _ = connections.withLock { $0.removeValue(forKey: key(connection)) }
    }

    /// Starts the watchdog thread, which checks every `interval` until `stop()`.
    func startWatching(every interval: Duration = .milliseconds(200)) {
        guard allowance != nil else { return }
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        let thread = Thread { [self] in
            while !stopped.load(ordering: .relaxed) {
                shutDownOverdue(at: .now)
                Thread.sleep(forTimeInterval: seconds)
            }
        }
        thread.name = "mentord-http-deadlines"
        thread.start()
    }

    /// Stops the watchdog within one interval.
    func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    private func shutDownOverdue(at now: ContinuousClock.Instant) {
        connections.withLock { connections in
            let overdue = connections.filter { _, tracked in tracked.due.map { $0 <= now } ?? false }
            guard !overdue.isEmpty else { return }
            // Counted first, so whoever sees the connection close also sees it counted.
            closedCount.add(overdue.count, ordering: .relaxed)
            for (connection, tracked) in overdue {
                _ = shutdown(tracked.socket, Int32(SHUT_RDWR))
                connections[connection]?.due = nil
            }
        }
    }

    private func key(_ connection: OpaquePointer) -> UInt { UInt(bitPattern: connection) }
}
