import ChatPlatforms
import Foundation
import Testing

/// The one loop under the outbox worker, the periodic work and the pollers.
@Suite struct WorkerLoopTests {
    final class Passes: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }

    func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = Date() + 5
        while Date() < deadline && !condition() { Thread.sleep(forTimeInterval: 0.01) }
        return condition()
    }

    @Test func runsAPassWaitsAsAskedRunsAtOnceWhenWokenAndStops() {
        let passes = Passes()
        let loop = WorkerLoop()
        loop.start {
            passes.add()
            return 60
        }
        loop.start { 0 }  // already running: ignored
        #expect(eventually { passes.value == 1 })
        Thread.sleep(forTimeInterval: 0.1)
        #expect(passes.value == 1, "it waits the minute the pass asked for")
        loop.wake()
        #expect(eventually { passes.value == 2 }, "woken, it runs the next pass now")
        let started = Date()
        loop.stop()
        #expect(Date().timeIntervalSince(started) < 2, "stop does not wait out the minute")
        let stopped = passes.value
        Thread.sleep(forTimeInterval: 0.1)
        #expect(passes.value == stopped)
    }
}
