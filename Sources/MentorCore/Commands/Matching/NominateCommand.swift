import Foundation

/// `nominate @PERSON [REASON]`: a manager puts one of their reports (direct or not) into the next matching round with
/// priority. Program managers may nominate anyone.
public struct NominateCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "nominate", usage: "nominate @PERSON [REASON]",
        examples: ["nominate @bruno.silva@example.com ready for a stretch project"], requiredRole: .manager, hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        guard let reference = invocation.arguments.first else {
            throw UserError("nominate.usage", ["example": context.typed(Self.descriptor.examples[0])])
        }
        guard let person = try PersonReference.resolve(reference, from: context.origin, in: context.services.directory) else {
            throw UserError("nominate.unknown_person", ["person": reference])
        }
        guard person.id != context.caller.id else { throw UserError("nominate.not_yourself") }
        let chain = ManagementChains(managerOf: try context.services.directory.managers()).managers(of: person.id)
        guard chain.contains(context.caller.id) || context.callerRoles.contains(.programManager) else {
            throw UserError("nominate.not_your_report", ["name": person.displayName])
        }
        let program = context.services.programs.primary
        let reason = String(invocation.arguments.dropFirst().joined(separator: " ").prefix(500))
        let now = context.services.clock.now
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

/// `block @PERSON` and `unblock @PERSON`: never be matched with someone, or lift that. Only you see it.
public struct BlockCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "block", aliases: ["unblock"], usage: "block @PERSON | unblock @PERSON",
        examples: ["block @dee.okafor@example.com", "unblock @dee.okafor@example.com"], hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let unblocking = invocation.name == "unblock"
        guard invocation.arguments.count == 1, let reference = invocation.arguments.first else {
            throw UserError("block.usage", ["example": context.typed(Self.descriptor.examples[unblocking ? 1 : 0])])
        }
        guard let person = try PersonReference.resolve(reference, from: context.origin, in: context.services.directory) else {
            throw UserError("block.unknown_person", ["person": reference])
        }
        guard person.id != context.caller.id else { throw UserError("block.not_yourself") }
        if unblocking {
            let removed = try context.services.blockList.unblock(context.caller.id, person.id)
            return [.text(context.messages(removed ? "block.lifted" : "block.not_blocked", ["name": person.displayName]))]
        }
        try context.services.blockList.block(context.caller.id, person.id, at: context.services.clock.now)
        return [.text(context.messages("block.done", ["name": person.displayName, "undo": context.typed("unblock \(reference)")]))]
    }
}
