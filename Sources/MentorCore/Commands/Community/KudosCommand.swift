import Foundation

/// `kudos @PERSON MESSAGE`: thank someone; it counts towards their recognition.
public struct KudosCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "kudos", arguments: [CommandArgument("person", .person), .rest("message", maxLength: 500)],
        examples: ["kudos @hina.sasaki@example.com Your feedback on my deck was spot on"], run: send
    )

    public init() {}

    static func send(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let person = arguments.person("person")!
        guard person.id != context.caller.id else { throw UserError("kudos.yourself") }
        let message = arguments["message"]
        let services = context.services
        try services.transaction {
            try services.recognition.addKudos(from: context.caller.id, to: person.id, message: message, at: services.clock.now)
            let text = try context.messages(for: person.id)
            try services.messenger.send(Reply(.heading(text("kudos.received_title", ["name": context.caller.displayName])), .text(message)), to: person.id)
            try RecognitionPostJob.schedule(after: services.clock.now, in: services.jobs)
        }
        return [.text(context.messages("kudos.sent", ["name": person.displayName]))]
    }
}

/// `recognition on|off` opts into the monthly recognition post; program managers get `recognition` with the counts.
public struct RecognitionCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("recognition", defaultAction: "counts", actions: [
        CommandAction("on", examples: ["recognition on"], run: { try optIn(true, $1) }),
        CommandAction("off", examples: ["recognition off"], run: { try optIn(false, $1) }),
        CommandAction("counts", role: .programManager, examples: ["recognition"], run: counts),
    ])

    public init() {}

    static func optIn(_ on: Bool, _ context: CommandContext) throws -> [Reply] {
        try context.services.recognition.setRecognitionOptIn(on, for: context.caller.id)
        try RecognitionPostJob.schedule(after: context.services.clock.now, in: context.services.jobs)
        return [.text(context.messages(on ? "recognition.on" : "recognition.off"))]
    }

    static func counts(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let since = context.services.clock.now - 90 * 86_400
        let kudos = try context.services.recognition.kudosCounts(since: since)
        let hosted = try context.services.recognition.hostedSessions(heldBy: context.services.clock.now)
        var rows: [(String, Int, Int)] = []
        for person in Set(kudos.keys).union(hosted.keys) {
            let name = try context.services.directory.person(id: person)?.displayName ?? "?"
            rows.append((name, kudos[person] ?? 0, hosted[person] ?? 0))
        }
        guard !rows.isEmpty else { return [.text(context.messages("recognition.none"))] }
        rows.sort { ($1.1 + $1.2, $0.0) < ($0.1 + $0.2, $1.0) }
        return [Reply(.heading(context.messages("recognition.title")), .list(rows.map {
            context.messages("recognition.row", [
                "name": $0.0, "kudos": context.messages.count("recognition.kudos", $0.1), "hosted": context.messages.count("recognition.hosted", $0.2),
            ])
        }))]
    }
}
