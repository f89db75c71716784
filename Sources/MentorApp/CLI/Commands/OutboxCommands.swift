import Foundation
import MentorCore
import MentorStore

/// `mentord outbox list [--dead]`: messages waiting to be delivered, or the dead letters.
struct OutboxListCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["outbox", "list"], options: [.init("dead", "Show dead letters instead of pending messages"), CLIDescriptor.configOption],
        summary: "List messages waiting for delivery, or dead letters",
        discussion: "A message becomes a dead letter after its last retry, or at once when the platform refuses it for good (bad token, unknown channel). Fix the cause, then run mentord outbox retry ID. The list also counts the messages held for people with no chat account, per person with the oldest one's age: they read them the next time they use mentord (the console, or a linked account).",
        examples: ["mentord outbox list", "mentord outbox list --dead"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let app = try ConfigResolution.open(arguments, terminal)
        let status: OutboxRecord.Status = arguments.flag("dead") ? .dead : .pending
        let records = try app.outbox.list(status)
        let held = status == .dead ? [] : try app.messenger.unreachable()
        guard !records.isEmpty else {
            terminal.say(status == .dead ? "no dead letters" : "no messages waiting for delivery")
            try sayHeld(held, app, terminal)
            return ExitCode.success
        }
        terminal.say("id\tplatform\tattempts\t\(status == .dead ? "created" : "next attempt")\tlast error")
        for record in records {
            let when = status == .dead
                ? Date(timeIntervalSince1970: TimeInterval(record.createdAt))
                : Date(timeIntervalSince1970: TimeInterval(record.nextAttemptMilliseconds) / 1000)
            let error = record.lastError.isEmpty ? "-" : record.lastError
            terminal.say("\(record.id)\t\(record.platform)\t\(record.attempts)\t\(when.formatted(.iso8601))\t\(error)")
        }
        try sayHeld(held, app, terminal)
        return ExitCode.success
    }

    /// The messages held for people mentord could not reach, one line per person, with why.
    private func sayHeld(_ held: [UnreachablePerson], _ app: MentorApplication, _ terminal: Terminal) throws {
        guard !held.isEmpty else { return }
        let total = held.map(\.waiting).reduce(0, +)
        terminal.say("")
        terminal.say("held: \(total) message(s) for \(held.count) person(s) mentord could not reach, shown when they next use mentord (mentord console --as EMAIL, or link an account with mentord link EMAIL)")
        terminal.say("email\tmessages\toldest\twhy")
        for person in held {
            let email = try app.directory.person(id: person.person)?.email ?? "\(person.person)"
            let why = person.reason.isEmpty ? "no chat account mentord can write to" : person.reason
            terminal.say("\(email)\t\(person.waiting)\t\(Self.age(from: person.since, to: app.clock.now)) ago\t\(why)")
        }
    }

    /// `45 min`, `5 h`, `3 d`.
    static func age(from start: Date, to now: Date) -> String {
        let minutes = max(0, Int(now.timeIntervalSince(start) / 60))
        if minutes < 120 { return "\(minutes) min" }
        if minutes < 48 * 60 { return "\(minutes / 60) h" }
        return "\(minutes / 1440) d"
    }
}

/// `mentord outbox retry ID`: put a dead letter back in the queue.
struct OutboxRetryCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["outbox", "retry"], arguments: ["ID"], options: [CLIDescriptor.configOption],
        summary: "Queue a dead letter for delivery again",
        examples: ["mentord outbox retry 42"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        guard let id = Int64(arguments.positionals[0]) else {
            throw UsageError("mentord outbox retry: \"\(arguments.positionals[0])\" is not a message id", try: "Find ids with: mentord outbox list --dead")
        }
        let app = try ConfigResolution.open(arguments, terminal)
        guard try app.outbox.retry(id) else {
            throw CLIFailure("message \(id) is not a dead letter; see mentord outbox list --dead", exitCode: ExitCode.noInput)
        }
        app.logger.info(.outboxRequeued, ["id": .int(Int(id))])
        terminal.say("message \(id) queued again; a running daemon delivers it within a second")
        return ExitCode.success
    }
}
