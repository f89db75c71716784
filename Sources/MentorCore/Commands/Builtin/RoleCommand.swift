/// `role grant|revoke @user ROLE`: program managers change who may do what. Every change is audited.
public struct RoleCommand: ChatCommand {
    static let grantable = Role.allCases.filter { $0 != .member }.map(\.rawValue)

    public static let descriptor = CommandDescriptor("role", requiredRole: .programManager, actions: [
        CommandAction(
            "grant", arguments: [CommandArgument("person", .person), CommandArgument("role", .choice(grantable))], role: .programManager,
            examples: ["role grant @bruno.silva@example.com ambassador"], run: { try change($0, $1, granting: true) }
        ),
        CommandAction(
            "revoke", arguments: [CommandArgument("person", .anyPerson), CommandArgument("role", .choice(grantable))], role: .programManager,
            examples: ["role revoke @bruno.silva@example.com ambassador"], run: { try change($0, $1, granting: false) }
        ),
    ])

    public init() {}

    static func change(_ arguments: CommandArguments, _ context: CommandContext, granting: Bool) throws -> [Reply] {
        let role = Role(rawValue: arguments["role"])!
        let target = arguments.person("person")!
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
