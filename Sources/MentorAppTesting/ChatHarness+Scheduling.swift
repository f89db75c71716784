import ChatPlatforms
import Foundation
import MentorApp
import MentorCore
import MentorStore
import MentorTesting

extension ChatHarness {
    /// One pass of the daemon's job runner at the fake clock's time. Returns how many jobs ran.
    @discardableResult
    public func runJobs() throws -> Int {
        try jobRunner().runDue(now: clock.now)
    }

    /// The daemon's job runner over the harness's stores, with every built-in handler.
    public func jobRunner() throws -> JobRunner {
        JobRunner(services: assistant.services, handlers: BuiltinJobs.handlers(services: assistant.services, catalog: assistant.messages))
    }

    /// Pending jobs whose key starts with `prefix`, earliest first.
    public func pendingJobs(_ prefix: String = "") throws -> [Job] {
        try app.jobs.pendingJobs(about: nil).filter { $0.key.hasPrefix(prefix) }
    }

    /// Pending jobs about `subject`, earliest first.
    public func pendingJobs(about subject: JobSubject) throws -> [Job] {
        try app.jobs.pendingJobs(about: subject)
    }

    /// A message someone received while the clock ran.
    public struct Delivery: Sendable {
        public var at: Date
        public var email: String
        public var text: String

        public init(at: Date, email: String, text: String) {
            self.at = at
            self.email = email
            self.text = text
        }
    }

    /// Moves the clock forward in `step`s until `end`, running due jobs at each step, and collects what each of
    /// `emails` received and when.
    public func run(until end: Date, step: TimeInterval = 300, watching emails: [String]) throws -> [Delivery] {
        var deliveries: [Delivery] = []
        let runner = try jobRunner()
        while clock.now < end {
            clock.advance(by: step)
            try runner.runDue(now: clock.now)
            for email in emails {
                for text in try inboxMessages(of: email) { deliveries.append(Delivery(at: clock.now, email: email, text: text)) }
            }
        }
        return deliveries
    }

    /// The `.ics` served at a meeting's invite URL.
    public func inviteCalendar(token: String) throws -> String? {
        try MeetingPlanner(services: assistant.services, catalog: assistant.messages).inviteCalendar(token: token)
    }
}

extension ChatHarness {
    /// Posts to channels waiting in the outbox, as (channel id, plain text), marked delivered as they are read.
    public func takeChannelPosts() throws -> [(channel: String, text: String)] {
        var posts: [(channel: String, text: String)] = []
        for envelope in try app.outbox.due(limit: 1000) {
            guard case .conversation(let channel) = envelope.message.destination else { continue }
            posts.append((channel, PlainTextRenderer().render(envelope.message.reply)))
            try app.outbox.markDelivered(envelope.id)
        }
        return posts
    }
}
