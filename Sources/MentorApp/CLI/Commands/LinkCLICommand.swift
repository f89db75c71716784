import Foundation
import MentorCore
import MentorStore

/// `mentord link EMAIL`: a one-time code that person types in chat (`link CODE`) to connect their account.
struct LinkCLICommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["link"], arguments: ["EMAIL"], options: [CLIDescriptor.configOption],
        summary: "Issue a one-time code that links someone's chat account (valid 24 h)",
        discussion: "For platforms that do not share emails. Give the code to the person privately; they type link CODE to mentord in chat. Codes are single-use and recorded in the audit log.",
        examples: ["mentord link alice.nguyen@example.com"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let email = arguments.positionals[0]
        let app = try ConfigResolution.open(arguments, terminal)
        guard let person = try app.directory.person(email: email) else {
            throw CLIFailure("no person with email \(email) in the directory; check the spelling or import them first", exitCode: ExitCode.noInput)
        }
        guard person.status == .active else {
            throw CLIFailure("\(email) is marked \(person.status.rawValue) in the directory; only active people can link", exitCode: ExitCode.dataError)
        }
        let code = try app.access.issueLinkCode(for: person, by: "cli", at: app.clock.now)
        app.logger.info(.linkCodeIssued, [:])
        terminal.say("link code for \(person.displayName) <\(person.email)>: \(LinkCode.display(code))")
        terminal.say("valid for 24 hours, once; they type: link \(LinkCode.display(code))")
        return ExitCode.success
    }
}
