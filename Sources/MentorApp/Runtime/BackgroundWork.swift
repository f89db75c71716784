import Foundation
import MentorCore
import MentorStore

/// The passes the daemon's periodic workers run: jobs (offer expiry and reminders among them), calendar feeds and the inbox.
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

    /// How long a delivery id is remembered: platforms retry within minutes (Slack, Discord) or hours (Telegram).
    static let inboxRetention: TimeInterval = 7 * 24 * 3600

    /// Forgets inbound deliveries older than ``inboxRetention``; looks again every hour.
    static func inbox(_ inbox: SQLiteInbox, app: MentorApplication) -> @Sendable () -> TimeInterval {
        {
            do {
                let pruned = try inbox.prune(before: app.clock.now - inboxRetention)
                if pruned > 0 { app.logger.info(.inboxPruned, ["count": .int(pruned)]) }
            } catch {
                app.logger.error(.inboundFailed, ["error": .string(String(describing: error))])
            }
            return 3600
        }
    }
}
