import Foundation
import MentorCore

/// Expires unanswered offers (cascading each to the next mentor) and sends due reminders, every few seconds.
///
/// The offers table is the durable record: expiry and reminder times are stored with each offer, so a restart
/// catches up on the first pass and nothing fires twice.
final class OfferSweeper: @unchecked Sendable {
    private let desk: RequestDesk
    private let interval: Double
    private let logger: any Logger
    private let afterWork: @Sendable () -> Void
    private let condition = NSCondition()
    private var stopping = false
    private var finished = false

    init(desk: RequestDesk, intervalSeconds: Int, logger: any Logger, afterWork: @escaping @Sendable () -> Void) {
        self.desk = desk
        interval = Double(intervalSeconds)
        self.logger = logger
        self.afterWork = afterWork
    }

    func start() {
        Thread.detachNewThread { [self] in
            while true {
                sweepOnce()
                condition.lock()
                if !stopping { _ = condition.wait(until: Date() + interval) }
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

    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while !finished { _ = condition.wait(until: Date() + 5) }
        condition.unlock()
    }

    private func sweepOnce() {
        do {
            let outcome = try desk.sweep()
            if outcome.expired + outcome.reminded > 0 {
                logger.info(.offersSwept, ["expired": .int(outcome.expired), "reminded": .int(outcome.reminded)])
                afterWork()
            }
        } catch {
            logger.error(.offerSweepFailed, ["error": .string(String(describing: error))])
        }
    }
}
