import Foundation

/// The most recent ids seen, to drop platform retries of the same event. Oldest ids are forgotten first.
final class RecentIDs: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    private var order: [String] = []
    private var members: Set<String> = []

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Records `id`; false when it was already there.
    func insert(_ id: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard members.insert(id).inserted else { return false }
        order.append(id)
        if order.count > capacity { members.remove(order.removeFirst()) }
        return true
    }
}
