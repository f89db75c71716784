import ChatPlatforms
import Foundation
import HTTPTypes
import MentorCore
import MentorStore

/// The inbound pipeline on the daemon's database, for every platform: dedupe in the inbox → handle → reply, with the
/// command's writes, its queued replies, its inbox record and a poller's cursor in one transaction.
///
/// A click on a button that carries a reference (a payload too long for the platform) is turned back into the original
/// action first; one whose reference is unknown or expired is answered "this button has expired" and runs nothing.
///
/// A delivery that changed nothing (say `help`) is not recorded: answering its retry again is the same answer and
/// changes nothing, and read-only commands stay free of a disk write.
///
/// An action declared `readOnly` (`CommandDescriptor.isReadOnly`), from someone whose open conversation would not take
/// the line as an answer, runs outside the transaction (`MentorAssistant.handleIfReadOnly`), racing the platform's deadline
/// like any other command: it has no writes to keep together, it usually takes milliseconds, and the transaction's lock would otherwise make every `help` and `whoami` wait for the one before
/// (half the throughput on two cores).
struct InboxPipeline: InboundPipeline {
    let database: Database
    let inbox: SQLiteInbox
    let outbox: SQLiteOutbox
    let state: SQLitePlatformState
    let messages: MessageCatalog
    let clock: any Clock
    let logger: any Logger
    /// Who is linked already, so a platform is asked for a sender's email only on first contact.
    let directory: SQLiteDirectory
    /// Turns clicks on `ref` buttons back into their actions.
    let references: ButtonReferences
    /// The assistant; tests put a slow one here to cross a deadline.
    let respond: @Sendable (Incoming) -> [Reply]
    /// The person's language, for the "working on it" acknowledgement.
    let language: @Sendable (Incoming) -> String
    /// Whether a command line is declared read-only, so its answer may come from outside the transaction.
    let isReadOnly: @Sendable (Incoming) -> Bool
    /// The answer to a read-only command from someone whose conversation would not take it; nil for the rest.
    let respondIfReadOnly: @Sendable (Incoming) -> [Reply]?
    /// Rings the outbox worker after every delivery that queued a message (a command may queue messages itself).
    let wake: @Sendable () -> Void
    /// Counts repeats answered from the inbox, for `/metrics`; nil counts nothing.
    let metrics: DaemonMetrics?
    /// Where commands with a deadline run, so the HTTP thread can answer when the budget is spent.
    private let workers = DispatchQueue(label: "mentord.inbound", qos: .userInitiated, attributes: .concurrent)
    /// Commands still running after their acknowledgement, which shutdown waits for.
    private let running = DispatchGroup()

    init(
        app: MentorApplication, assistant: MentorAssistant, respond: (@Sendable (Incoming) -> [Reply])? = nil,
        wake: @escaping @Sendable () -> Void, metrics: DaemonMetrics? = nil
    ) {
        self.metrics = metrics
        database = app.database
        inbox = SQLiteInbox(database: app.database)
        outbox = app.outbox
        state = SQLitePlatformState(database: app.database, clock: app.clock)
        messages = assistant.messages
        clock = app.clock
        logger = app.logger
        references = app.buttonReferences
        self.respond = respond ?? assistant.handle
        let directory = app.directory, profiles = app.profiles
        self.directory = directory
        language = { incoming in
            let person = try? directory.person(identity: incoming.sender)
            return person.flatMap { (try? profiles.profile(for: $0.id))??.language } ?? MessageCatalog.fallbackLanguage
        }
        isReadOnly = { assistant.isReadOnlyCommand($0) }
        // A test's stand-in assistant answers read-only commands on the same path as the real one.
        if let respond {
            respondIfReadOnly = { respond($0) }
        } else {
            respondIfReadOnly = { assistant.handleIfReadOnly($0) }
        }
        self.wake = wake
    }

    func answer(_ delivery: Delivery) -> HTTPResponse {
        guard let deadline = delivery.deadline else { return answerNow(delivery, race: nil) }
        let race = DeadlineRace(acknowledgement: working(in: MessageCatalog.fallbackLanguage))
        // Read-only commands race the deadline too: `overlap` over a large calendar may take longer than the platform waits.
        workers.async(group: running) {
            race.acknowledgement = working(in: language(delivery.incoming))
            race.finish(answerNow(delivery, race: race))
        }
        if let response = race.wait(seconds: deadline.budget) { return response }
        logger.info(.inboundAcknowledged, ["platform": .string(delivery.platform), "budget_s": .double(deadline.budget)])
        return deadline.acknowledge(race.acknowledgement)
    }

    /// A poller's batch: a delivery that fails is rolled back alone, recorded in the inbox as failed and logged, and
    /// the rest of the batch and the cursor still commit, so one bad event cannot stop the poller for good.
    func process(_ deliveries: [Delivery], cursor: [String: String]) throws {
        try commit(deliveries, cursor: cursor, race: nil, skippingFailures: true)
    }

    func text(_ key: String, for incoming: Incoming, _ arguments: [String: String]) -> String {
        let defaults = ["help": incoming.commandPrefix + "help"]
        return messages.text(key, language: language(incoming), defaults.merging(arguments) { _, given in given })
    }

    /// The console's way in: the same transaction and outbox wake-up as a platform, answered with the replies.
    func replies(to incoming: Incoming) -> [Reply] {
        let kept = KeptReplies()
        _ = answer(Delivery(platform: incoming.sender.platform, id: nil, incoming: incoming) { replies in
            kept.replies = replies
            return Delivery.Answer(response: HTTPResponse(status: 200))
        })
        return kept.replies
    }

    /// Waits up to `timeout` seconds for commands that were acknowledged and are still running, so shutdown does
    /// not cut off a reply someone was told is coming.
    func drain(timeout: TimeInterval) {
        _ = running.wait(timeout: .now() + timeout)
    }

    /// Handles `deliveries` and stores `cursor` in one transaction, then rings the outbox worker if a message was
    /// queued: the one place where a command's writes, its queued replies, its inbox record and a poller's position
    /// commit together.
    ///
    /// With `skippingFailures`, each delivery runs in its own savepoint, and one that throws is skipped
    /// (``skip(_:after:)``) instead of undoing the batch.
    @discardableResult
    func commit(
        _ deliveries: [Delivery], cursor: [String: String], race: DeadlineRace?, skippingFailures: Bool = false
    ) throws -> [HTTPResponse] {
        let queuedBefore = outbox.enqueuedCount
        let responses = try database.transaction { connection in
            var responses: [HTTPResponse] = []
            for delivery in deliveries {
                guard skippingFailures else {
                    responses.append(try handle(delivery, race: race, on: connection))
                    continue
                }
                do {
                    responses.append(try database.transaction { try handle(delivery, race: race, on: $0) })
                } catch {
                    responses.append(try skip(delivery, after: error))
                }
            }
            for (key, value) in cursor.sorted(by: { $0.key < $1.key }) { try state.set(key, value) }
            return responses
        }
        if outbox.enqueuedCount != queuedBefore { wake() }
        return responses
    }

    /// Records a polled delivery whose handling threw as failed (status 500, nothing else kept), so a redelivery is
    /// not tried again, and says so in the log.
    private func skip(_ delivery: Delivery, after error: any Error) throws -> HTTPResponse {
        logger.error(.inboundSkipped, [
            "platform": .string(delivery.platform), "delivery": .string(delivery.id ?? ""), "error": .string(String(describing: error)),
        ])
        let failed = HTTPResponse(status: 500)
        if let id = delivery.id { try inbox.record(platform: delivery.platform, deliveryID: id, answer: InboxAnswer(failed), at: clock.now) }
        return failed
    }

    /// A read-only command's answer outside the transaction, or the delivery handled in one.
    private func answerNow(_ delivery: Delivery, race: DeadlineRace?) -> HTTPResponse {
        let delivery = introduced(delivery)
        if case .command = delivery.incoming.content, isReadOnly(delivery.incoming) {
            // A repeat is answered before anything runs; the transaction below looks for it itself.
            if let stored = try? storedAnswer(delivery) { return stored }
            if let replies = respondIfReadOnly(delivery.incoming) {
                return attempt(delivery) { try answerReadOnly(delivery, replies: replies, race: race) }
            }
        }
        return attempt(delivery) { try commit([delivery], cursor: [:], race: race).first ?? HTTPResponse(status: 200) }
    }

    /// `delivery` with its sender's email from their platform profile when they have no link yet, so the assistant links
    /// them by it (`MentorAssistant` matches it against the directory). The platform is asked outside the transaction,
    /// racing the deadline like the command.
    private func introduced(_ delivery: Delivery) -> Delivery {
        guard delivery.incoming.senderEmail == nil, let lookUp = delivery.lookUpSenderEmail,
            case .some(.none) = try? directory.person(identity: delivery.incoming.sender), let email = lookUp()
        else { return delivery }
        var introduced = delivery
        introduced.incoming.senderEmail = email
        return introduced
    }

    /// The answer, or a 500 that says to try again, with the reason in the log (nothing was kept).
    private func attempt(_ delivery: Delivery, _ body: () throws -> HTTPResponse) -> HTTPResponse {
        do {
            return try body()
        } catch {
            logger.error(.inboundFailed, ["platform": .string(delivery.platform), "error": .string(String(describing: error))])
            return .text("something went wrong; please try again\n", status: 500)
        }
    }

    /// A read-only command. Replies it queues are its only effect, so they are written in one transaction with the
    /// inbox record, and a repeat queues nothing; a reply in the response is simply given again.
    private func answerReadOnly(_ delivery: Delivery, replies: [Reply], race: DeadlineRace?) throws -> HTTPResponse {
        let (response, kept) = try answer(delivery, replies: replies, race: race)
        guard !kept.later.isEmpty else { return response }
        defer { wake() }
        return try database.transaction { _ in
            if let stored = try storedAnswer(delivery) { return stored }
            if let id = delivery.id {
                try inbox.record(platform: delivery.platform, deliveryID: id, answer: InboxAnswer(kept.response), at: clock.now)
            }
            for message in kept.later { try outbox.enqueue(message) }
            return response
        }
    }

    /// The answer kept for a repeat of a delivery whose replies went to the outbox; nil for a new one.
    private func storedAnswer(_ delivery: Delivery) throws -> HTTPResponse? {
        guard let id = delivery.id, let stored = try inbox.answer(platform: delivery.platform, deliveryID: id) else { return nil }
        metrics?.inboundRepeated(platform: delivery.platform)
        return HTTPResponse(stored)
    }

    /// One delivery inside the transaction: the stored answer for a repeat, else the command and its answer.
    private func handle(_ delivery: Delivery, race: DeadlineRace?, on connection: SQLiteConnection) throws -> HTTPResponse {
        if let stored = try storedAnswer(delivery) { return stored }
        let before = connection.totalChanges
        let replies = try references.resolve(delivery.incoming).map(respond) ?? [.text(text("inbound.button_expired", for: delivery.incoming, [:]))]
        let (response, kept) = try answer(delivery, replies: replies, race: race)
        for message in kept.later { try outbox.enqueue(message) }
        if let id = delivery.id, connection.totalChanges != before {
            try inbox.record(platform: delivery.platform, deliveryID: id, answer: InboxAnswer(kept.response), at: clock.now)
        }
        return response
    }

    /// The platform's answer for `replies` (`response`), and the answer made of what may be kept of them (`kept`):
    /// its queued messages go to the outbox and its response to the inbox, so a confidential reply's secret is shown
    /// in a direct answer only (finding D9). Once the acknowledgement has gone out, the replies take the later path.
    ///
    /// For a confidential reply the platform renders twice, the kept version first; the console keeps the last one.
    private func answer(_ delivery: Delivery, replies: [Reply], race: DeadlineRace?) throws -> (response: HTTPResponse, kept: Delivery.Answer) {
        guard let race, let deadline = delivery.deadline, !race.claim() else {
            let kept = try delivery.answer(replies.map(\.keepable))
            guard replies.contains(where: \.isConfidential) else { return (kept.response, kept) }
            return (try delivery.answer(replies).response, kept)
        }
        let later = Delivery.Answer(response: deadline.acknowledge(race.acknowledgement), later: replies.map {
            OutgoingMessage(
                platform: delivery.platform, workspace: delivery.incoming.sender.workspace, destination: deadline.later, reply: $0.keepable
            )
        })
        return (later.response, later)
    }

    private func working(in language: String) -> String {
        messages.text("inbound.working", language: language)
    }
}

/// The replies a console command produced, handed out of the transaction.
private final class KeptReplies: @unchecked Sendable {
    var replies: [Reply] = []
}

extension InboxAnswer {
    init(_ response: HTTPResponse) {
        self.init(status: response.status, contentType: response.headers["Content-Type"], body: response.body)
    }
}

extension HTTPResponse {
    init(_ answer: InboxAnswer) {
        self.init(status: answer.status, body: answer.body)
        if let type = answer.contentType { headers.set("Content-Type", type) }
    }
}
