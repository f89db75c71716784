import Foundation

/// `feedback [--anonymous] [--code CODE] TEXT` sends confidential feedback to the program managers. Anonymous feedback
/// stores no sender at all; its sender reads the answer with `feedback check TOKEN`, using a one-time token mentord
/// shows where nothing keeps the reply, or a code they chose (`--code`, which implies `--anonymous`).
/// Program managers use `feedback queue`, `feedback answer ID TEXT` and `feedback answered` (the history).
public struct FeedbackCommand: ChatCommand {
    /// The shortest code a sender may choose: a guessed code would open their answer to someone else.
    static let shortestCode = 12

    public static let descriptor = CommandDescriptor("feedback", actions: [
        CommandAction(
            arguments: [.rest("text", maxLength: 4000)],
            options: [.flag("anonymous"), CommandOption("code", .text(maxLength: 64), placeholder: "CODE")],
            examples: ["feedback --anonymous The matching felt rushed this round"], run: send
        ),
        CommandAction("check", arguments: [CommandArgument("token", .text(maxLength: 64))], examples: ["feedback check 3f9a…"], run: check),
        CommandAction("queue", role: .programManager, examples: ["feedback queue"], run: queue),
        CommandAction("answered", aliases: ["history"], role: .programManager, examples: ["feedback answered"], run: history),
        CommandAction(
            "answer", arguments: [CommandArgument("id", .id), .rest("text", required: false, maxLength: 4000)], role: .programManager,
            examples: ["feedback answer 4 Thanks, we'll slow it down"], run: answer
        ),
    ])

    public init() {}

    /// The answer is shown only in a direct reply: where the reply would wait in the outbox beside the sender's chat
    /// address, it says where to read it instead, so no stored row ties them to the feedback (finding D9).
    static func check(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        guard let found = try context.services.feedback.feedback(replyToken: arguments["token"]) else { throw UserError("feedback.bad_token") }
        let shown: [ReplyBlock]
        if let answer = found.answer {
            shown = [.heading(context.messages("feedback.answer_title")), .text(answer)]
        } else {
            shown = [.text(context.messages("feedback.no_answer_yet"))]
        }
        let check = context.typed("feedback check " + context.messages("feedback.code_placeholder"))
        return [.confidential(shown, kept: [.text(context.messages("feedback.answer_direct_only", ["check": check]))])]
    }

    static func queue(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let now = context.services.clock.now
        // Reading confidential feedback is itself recorded.
        try context.services.auditLog.record(AuditEntry(at: now, actor: context.caller.email, action: .readFeedback, subject: "queue"))
        let open = try context.services.feedback.openFeedback()
        guard !open.isEmpty else { return [.text(context.messages("feedback.queue_empty"))] }
        return [Reply(.heading(context.messages("feedback.queue_title")), .list(try open.map { item in
            let from = try item.sender.flatMap { try context.services.directory.person(id: $0)?.displayName } ?? context.messages("feedback.anonymous")
            return context.messages("feedback.queue_row", ["id": "\(item.id)", "from": from, "text": item.text])
        }))]
    }

    /// Answered feedback, newest first, with what was answered and when; reading it is recorded.
    static func history(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services
        try services.auditLog.record(AuditEntry(at: services.clock.now, actor: context.caller.email, action: .readFeedback, subject: "answered"))
        let answered = try services.feedback.answeredFeedback(limit: 20)
        guard !answered.isEmpty else { return [.text(context.messages("feedback.history_empty", ["queue": context.typed("feedback queue")]))] }
        let zone = context.callerZone(try context.callerProfile())
        return [Reply(.heading(context.messages("feedback.history_title")), .list(try answered.map { item in
            let from = try item.sender.flatMap { try services.directory.person(id: $0)?.displayName } ?? context.messages("feedback.anonymous")
            return context.messages("feedback.history_row", [
                "id": "\(item.id)", "from": from, "text": item.text, "answer": item.answer ?? "",
                "date": item.answeredAt.map { context.messages.date($0, in: zone) } ?? "",
            ])
        }))]
    }

    static func answer(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let now = context.services.clock.now
        let id = arguments.id("id")!
        guard let item = try context.services.feedback.feedback(id: id) else {
            throw UserError("feedback.not_found", ["queue": context.typed("feedback queue")])
        }
        guard item.answer == nil else {
            throw UserError("feedback.already_answered", ["id": "\(id)", "history": context.typed("feedback answered")])
        }
        guard let answer = arguments.text("text") else {
            throw UserError("feedback.answer_missing", ["id": "\(id)", "example": context.typed("feedback answer \(id) Thanks, we'll look into it")])
        }
        try context.services.transaction {
            try context.services.feedback.answerFeedback(id: id, answer: answer, at: now)
            try context.services.auditLog.record(AuditEntry(at: now, actor: context.caller.email, action: .answerFeedback, subject: "feedback \(id)"))
            if let sender = item.sender {
                let text = try context.messages(for: sender)
                try context.services.messenger.send(Reply(.heading(text("feedback.answer_title")), .text(answer)), to: sender)
            }
        }
        return [.text(context.messages(item.sender == nil ? "feedback.answered_anonymous" : "feedback.answered"))]
    }

    static func send(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let code = arguments.text("code")
        guard !arguments.flag("anonymous"), code == nil else { return try sendAnonymously(arguments["text"], code: code, context) }
        let saved = try context.services.transaction {
            let saved = try context.services.feedback.insertFeedback(
                Feedback(text: arguments["text"], sender: context.caller.id, replyToken: nil, createdAt: context.services.clock.now)
            )
            try notifyProgramManagers(context)
            return saved
        }
        return [.text(context.messages("feedback.sent", ["id": "\(saved.id)"]))]
    }

    /// Anonymous feedback keeps nothing that points back: no sender, no audit entry, no copy to the sender, and a
    /// reply token only as its digest (finding D9). A token mentord makes is shown in a confidential reply, so it
    /// reaches the sender only in a direct answer; where the reply is queued beside their chat address, it says how
    /// to choose a code instead. A code the sender chose is never repeated back.
    static func sendAnonymously(_ text: String, code: String?, _ context: CommandContext) throws -> [Reply] {
        if let code {
            guard code.unicodeScalars.count >= shortestCode else { throw UserError("feedback.code_too_short", ["min": "\(shortestCode)"]) }
            guard try !context.services.feedback.holdsFeedbackToken(code) else { throw UserError("feedback.code_taken") }
        }
        let token = code ?? RandomToken.hex(bytes: 12)
        try context.services.transaction {
            _ = try context.services.feedback.insertFeedback(
                Feedback(text: text, sender: nil, replyToken: token, createdAt: context.services.clock.now)
            )
            try notifyProgramManagers(context)
        }
        let ownCheck = context.typed("feedback check " + context.messages("feedback.code_placeholder"))
        if code != nil { return [.text(context.messages("feedback.sent_anonymous_own_code", ["check": ownCheck]))] }
        return [.confidential(
            [.text(context.messages("feedback.sent_anonymous", ["check": context.typed("feedback check \(token)")]))],
            kept: [.text(context.messages("feedback.sent_anonymous_kept", [
                "example": context.typed("feedback --anonymous --code " + context.messages("feedback.code_placeholder") + " …"),
                "check": ownCheck,
            ]))]
        )]
    }

    /// Tells every program manager that feedback is waiting. The note names no id: it is queued at the moment the
    /// feedback is written, so an id would tie the feedback to whatever else was queued then.
    static func notifyProgramManagers(_ context: CommandContext) throws {
        for manager in try context.services.directory.people(withRole: .programManager) {
            let managerText = try context.messages(for: manager)
            try context.services.messenger.send(.text(managerText("feedback.new", ["queue": "feedback queue"])), to: manager)
        }
    }
}
