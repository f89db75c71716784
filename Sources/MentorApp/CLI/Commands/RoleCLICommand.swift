import Foundation
import MentorCore
import MentorStore

/// `mentord role grant|revoke EMAIL ROLE`: the operator's way to appoint the first program managers (audited).
struct RoleCLICommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["role"], arguments: ["grant|revoke", "EMAIL", "ROLE"], options: [CLIDescriptor.configOption],
        summary: "Grant or revoke a role (program-manager, manager, ambassador, sponsor)",
        discussion: "Program managers can then grant roles from chat with role grant. Every change is recorded in the audit log with the actor cli.",
        examples: ["mentord role grant alice.nguyen@example.com program-manager", "mentord role revoke lea.evans@example.com manager"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let (action, email, name) = (arguments.positionals[0].lowercased(), arguments.positionals[1], arguments.positionals[2].lowercased())
        guard ["grant", "revoke"].contains(action) else {
            throw UsageError("mentord role: the first word is grant or revoke, not \"\(action)\"", try: Self.descriptor.examples[0])
        }
        guard let role = Role(rawValue: name), role != .member else {
            let roles = Role.allCases.filter { $0 != .member }.map(\.rawValue).joined(separator: ", ")
            throw UsageError("mentord role: there is no role \"\(name)\"", try: "one of: \(roles)")
        }
        let app = try ConfigResolution.open(arguments, terminal)
        guard let person = try app.directory.person(email: email) else {
            throw CLIFailure("no person with email \(email) in the directory; check the spelling or import them first", exitCode: ExitCode.noInput)
        }
        let granting = action == "grant"
        let changed = try app.access.setRole(role, granted: granting, for: person, by: "cli", at: app.clock.now)
        terminal.say(changed
            ? "\(person.displayName) <\(person.email)> \(granting ? "is now" : "is no longer") \(role.rawValue)"
            : "nothing changed: \(person.email) \(granting ? "already has" : "does not have") \(role.rawValue)")
        return ExitCode.success
    }
}
