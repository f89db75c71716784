/// `role grant|revoke @user ROLE`: program managers change who may do what. Every change is audited.
public struct RoleCommand: ChatCommand {
    public static let descriptor = CommandDescriptor(
        name: "role", usage: "role grant|revoke @PERSON ROLE",
        examples: ["role grant @bruno.silva@example.com ambassador", "role revoke @bruno.silva@example.com ambassador"],
        requiredRole: .programManager, hasSideEffects: true
    )

    public init() {}

    public func run(_ invocation: CommandInvocation, in context: CommandContext) throws -> [Reply] {
        let grantable = Role.allCases.filter { $0 != .member }.map(\.rawValue).joined(separator: ", ")
        let words = invocation.arguments
        guard words.count == 3, ["grant", "revoke"].contains(words[0].lowercased()) else {
            throw UserError("role.usage", ["example": context.typed(RoleCommand.descriptor.examples[0]), "roles": grantable])
        }
        let granting = words[0].lowercased() == "grant"
        guard let role = Role(rawValue: words[2].lowercased()), role != .member else {
            throw UserError("role.unknown", ["role": words[2], "roles": grantable])
        }
        guard let target = try PersonReference.resolve(words[1], from: context.origin, in: context.services.directory) else {
            throw UserError("role.unknown_person", ["person": words[1]])
        }
        if !granting && role == .programManager && target.id == context.caller.id {
            throw UserError("role.cannot_revoke_self")
        }
        let changed = try context.services.access.setRole(
            role, granted: granting, for: target, by: context.caller.email, at: context.services.clock.now)
        let key = switch (granting, changed) {
        case (true, true): "role.granted"
        case (true, false): "role.already_granted"
        case (false, true): "role.revoked"
        case (false, false): "role.not_granted"
        }
        return [.text(context.messages(key, ["person": target.displayName, "role": role.rawValue]))]
    }
}
