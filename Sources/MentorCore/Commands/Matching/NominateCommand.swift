import Foundation

/// `nominate @PERSON [REASON]`: a manager puts one of their reports (direct or not) into the next matching round with
/// priority. Program managers may nominate anyone.
public struct NominateCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "nominate", arguments: [CommandArgument("person", .person), .rest("reason", required: false, maxLength: 500)], requiredRole: .manager,
        examples: ["nominate @bruno.silva@example.com ready for a stretch project"], run: nominate
    )

    public init() {}

    static func nominate(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let person = arguments.person("person")!
        guard person.id != context.caller.id else { throw UserError("nominate.not_yourself") }
        let chain = ManagementChains(managerOf: try context.services.directory.managers()).managers(of: person.id)
        guard chain.contains(context.caller.id) || context.may(.programManager) else {
            throw UserError("nominate.not_your_report", ["name": person.displayName])
        }
        let program = context.services.programs.primary
        let reason = arguments.text("reason") ?? ""
        let now = context.services.clock.now
        // A nomination only changes something for someone who will be in the next round.
        if let pairing = try context.services.pairings.pairings(involving: person.id).first(where: {
            $0.status == .active && $0.program == program.id && $0.mentee == person.id
        }) {
            let mentor = try context.services.directory.person(id: pairing.mentor)?.displayName ?? "?"
            throw UserError("nominate.already_paired", ["name": person.displayName, "mentor": mentor, "program": program.name])
        }
        if let earlier = try context.services.rounds.openNominations(program: program.id).first(where: { $0.person == person.id }) {
            let by = try context.services.directory.person(id: earlier.nominatedBy)?.displayName ?? "?"
            throw UserError("nominate.already_nominated", [
                "name": person.displayName, "program": program.name, "by": by,
                "date": context.messages.date(earlier.createdAt, in: context.callerZone(try context.callerProfile())),
            ])
        }
        try context.services.transaction {
            try context.services.rounds.nominate(
                Nomination(person: person.id, program: program.id, nominatedBy: context.caller.id, reason: reason, createdAt: now))
            try context.services.auditLog.record(
                AuditEntry(at: now, actor: context.caller.email, action: .nominate, subject: person.email, detail: program.id))
        }
        let profile = try context.services.profiles.profile(for: person.id)
        let key = profile?.consentedAt == nil ? "nominate.done_not_joined" : "nominate.done"
        return [.text(context.messages(key, ["name": person.displayName, "program": program.name]))]
    }
}

/// `block @PERSON`: never be matched with someone. Only you see it; `unblock` lifts it.
public struct BlockCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "block", arguments: [CommandArgument("person", .anyPerson)], examples: ["block @kaito.ito@example.com"], run: block
    )

    public init() {}

    static func block(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let person = arguments.person("person")!
        guard person.id != context.caller.id else { throw UserError("block.not_yourself") }
        try context.services.blockList.block(context.caller.id, person.id, at: context.services.clock.now)
        return [.text(context.messages("block.done", ["name": person.displayName, "undo": context.typed("unblock \(arguments.typedPerson("person")!)")]))]
    }
}

/// `unblock @PERSON`: lift a block.
public struct UnblockCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        "unblock", arguments: [CommandArgument("person", .anyPerson)], examples: ["unblock @kaito.ito@example.com"], run: unblock
    )

    public init() {}

    static func unblock(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let person = arguments.person("person")!
        guard person.id != context.caller.id else { throw UserError("block.not_yourself") }
        let removed = try context.services.blockList.unblock(context.caller.id, person.id)
        return [.text(context.messages(removed ? "block.lifted" : "block.not_blocked", ["name": person.displayName]))]
    }
}
