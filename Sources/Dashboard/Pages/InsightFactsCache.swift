import Foundation
import MentorCore

/// Keeps the last facts read for a short while, so a program manager clicking through pages (or several viewers at
/// once) costs one read of the store, not one per page; the pages say when their numbers were read.
final class InsightFactsCache: @unchecked Sendable {
    private let store: any InsightsStore
    private let lifetime: TimeInterval
    /// Guards `cached`.
    private let lock = NSLock()
    private var cached: InsightFacts?

    init(store: any InsightsStore, lifetime: TimeInterval) {
        self.store = store
        self.lifetime = lifetime
    }

    /// Facts no older than the lifetime at `now`; read afresh when the cached ones are older, or from the future (a
    /// test's clock went back).
    func facts(at now: Date) throws -> InsightFacts {
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.readAt <= now, now.timeIntervalSince(cached.readAt) < lifetime { return cached }
        let fresh = try store.facts(at: now)
        cached = fresh
        return fresh
    }
}
