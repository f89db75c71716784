import Foundation
import MentorCore
import MentorStore

/// The passes the daemon's periodic workers run: jobs (offer expiry and reminders among them) and calendar feeds.
enum BackgroundWork {
    /// Runs due jobs, then sleeps until the next one is due (at most the poll interval).
    static func jobs(_ runner: JobRunner, app: MentorApplication, afterWork: @escaping @Sendable () -> Void) -> @Sendable () -> TimeInterval {
        {
            let poll = Double(app.config.jobPollSeconds)
            do {
                let ran = try runner.runDue(now: app.clock.now)
                if ran > 0 {
                    app.logger.info(.jobsRan, ["count": .int(ran)])
                    afterWork()
                }
                guard let next = try app.jobs.nextDue() else { return poll }
                return min(max(next.timeIntervalSince(app.clock.now), 0.05), poll)
            } catch {
                app.logger.error(.jobPassFailed, ["error": .string(String(describing: error))])
                return poll
            }
        }
    }

    /// Re-reads calendar feeds whose copy is older than the refresh period; looks again every minute.
    static func feeds(_ fetcher: CalendarFeedFetcher, app: MentorApplication, afterWork: @escaping @Sendable () -> Void) -> @Sendable () -> TimeInterval {
        {
            do {
                if try fetcher.refreshDue() > 0 { afterWork() }
            } catch {
                app.logger.error(.calendarFeedFailed, ["error": .string(String(describing: error))])
            }
            return 60
        }
    }
}
