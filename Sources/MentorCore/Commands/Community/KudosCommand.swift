import Foundation

/// `kudos @PERSON MESSAGE`: thank someone; it counts towards their recognition.
public struct KudosCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "kudos", usage: "kudos @PERSON MESSAGE", examples: ["kudos @chiyo.tanaka@example.com Your feedback on my deck was spot on"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        guard invocation.arguments.count >= 2 else { throw UserError("kudos.usage", ["example": context.typed(Self.descriptor.examples[0])]) }
        guard let person = try PersonReference.resolve(invocation.arguments[0], from: context.origin, in: context.services.directory) else {
            throw UserError("kudos.unknown_person", ["person": invocation.arguments[0]])
        }
        guard person.id != context.caller.id else { throw UserError("kudos.yourself") }
        let message = String(invocation.arguments.dropFirst().joined(separator: " ").prefix(500))
        let services = context.services
        try services.transaction {
            try services.community.addKudos(from: context.caller.id, to: person.id, message: message, at: services.clock.now)
            let text = try context.messages(for: person.id)
            try services.messenger.send(Reply(.heading(text("kudos.received_title", ["name": context.caller.displayName])), .text(message)), to: person.id)
            try RecognitionPostJob.schedule(after: services.clock.now, in: services.jobs)
        }
        return [.text(context.messages("kudos.sent", ["name": person.displayName]))]
    }
}

/// `recognition on|off` opts into the monthly recognition post; program managers get `recognition` with the counts.
public struct RecognitionCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "recognition", usage: "recognition on|off | recognition", examples: ["recognition on", "recognition"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let community = context.services.community
        if let word = invocation.arguments.first?.lowercased() {
            guard invocation.arguments.count == 1, ["on", "off"].contains(word) else {
                throw UserError("recognition.usage", ["usage": context.typed(Self.descriptor.usage)])
            }
            try community.setRecognitionOptIn(word == "on", for: context.caller.id)
            try RecognitionPostJob.schedule(after: context.services.clock.now, in: context.services.jobs)
            return [.text(context.messages(word == "on" ? "recognition.on" : "recognition.off"))]
        }
        guard context.callerRoles.contains(.programManager) else { throw UserError("recognition.usage", ["usage": context.typed("recognition on|off")]) }
        let since = context.services.clock.now - 90 * 86_400
        let kudos = try community.kudosCounts(since: since)
        let hosted = try community.hostedSessions()
        var rows: [(String, Int, Int)] = []
        for person in Set(kudos.keys).union(hosted.keys) {
            let name = try context.services.directory.person(id: person)?.displayName ?? "?"
            rows.append((name, kudos[person] ?? 0, hosted[person] ?? 0))
        }
        guard !rows.isEmpty else { return [.text(context.messages("recognition.none"))] }
        rows.sort { ($1.1 + $1.2, $0.0) < ($0.1 + $0.2, $1.0) }
        return [Reply(.heading(context.messages("recognition.title")), .list(rows.map {
            context.messages("recognition.row", ["name": $0.0, "kudos": "\($0.1)", "hosted": "\($0.2)"])
        }))]
    }
}
