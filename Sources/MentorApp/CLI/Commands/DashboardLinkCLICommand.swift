import Foundation
import HTTPServer
import MentorCore
import MentorStore

/// `mentord dashboard-link EMAIL`: a one-time dashboard sign-in link, printed for the operator to pass on privately.
struct DashboardLinkCLICommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["dashboard-link"], arguments: ["EMAIL"], options: [CLIDescriptor.configOption],
        summary: "Print a one-time sign-in link to the insights dashboard (valid 10 minutes, once)",
        discussion: "For program managers, sponsors and managers. The link is scheduling.public_url plus /dashboard/signin/TOKEN; with no public URL it points at this machine's listener (the running daemon's address, else http.host and http.port). Links are recorded in the audit log; in chat, people type dashboard to get one by direct message.",
        examples: ["mentord dashboard-link alice.nguyen@example.com"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let email = arguments.positionals[0]
        let app = try ConfigResolution.open(arguments, terminal)
        guard let person = try app.directory.person(email: email) else {
            throw CLIFailure("no person with email \(email) in the directory; check the spelling or import them first", exitCode: ExitCode.noInput)
        }
        let signIn = app.dashboardSignIn()
        let token: String
        do {
            token = try signIn.issueLink(for: person, by: "cli")
        } catch DashboardSignInRefusal.noScope {
            let state = person.status == .active ? "has none of the roles program-manager, sponsor or manager"
                : "is marked \(person.status.rawValue) in the directory"
            throw CLIFailure(
                "\(email) \(state), so the dashboard has nothing to show them; grant one first (mentord role grant \(email) sponsor)",
                exitCode: ExitCode.failure
            )
        }
        app.logger.info(.dashboardLinkIssued, [:])
        terminal.say("dashboard sign-in link for \(person.displayName) <\(person.email)>:")
        terminal.say(DashboardCommand.url(base: base(app), token: token))
        terminal.say("it works once, within 10 minutes; give it to them privately")
        return ExitCode.success
    }

    /// Where a browser reaches the dashboard: the public URL, else the running daemon's address, else the configured
    /// listener (an any-address bind is reached on loopback).
    private func base(_ app: MentorApplication) -> String {
        let configured = app.config.scheduling.publicURL.trimmingCharacters(in: .whitespaces)
        if !configured.isEmpty { return configured }
        if let running = app.config.scheduling.listener.url { return running }
        let host = ["0.0.0.0", "::", ""].contains(app.config.http.host) ? "127.0.0.1" : app.config.http.host
        return "http://\(host.contains(":") ? "[\(host)]" : host):\(app.config.http.port)"
    }
}
