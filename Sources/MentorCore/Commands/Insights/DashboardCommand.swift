import Foundation

/// `dashboard`: a one-time sign-in link to the insights dashboard, for program managers, sponsors and managers.
///
/// The link is private, so it goes by direct message through the messenger, and where the command was typed mentord
/// only says it was sent; typed in a DM (or the console) the answer is the link itself. The link is
/// `scheduling.public_url` + `/dashboard/signin/TOKEN`: without a public URL nobody's browser could reach it, so
/// mentord says so and points to `mentord dashboard-link`, which prints a local one.
public struct DashboardCommand: ChatCommand {
    public static let descriptor = CommandDescriptor("dashboard", examples: ["dashboard"], run: dashboard)

    public init() {}

    static func dashboard(_ arguments: CommandArguments, _ context: CommandContext) throws -> [Reply] {
        let services = context.services
        let signIn = services.dashboardSignIn()
        guard try signIn.scope(of: context.caller) != nil else { throw UserError("dashboard.not_allowed") }
        let base = services.scheduling.publicURL.trimmingCharacters(in: .whitespaces)
        guard !base.isEmpty else { return [.text(context.messages("dashboard.needs_public_url"))] }
        return try services.transaction {
            let token = try signIn.issueLink(for: context.caller, by: context.caller.email)
            services.logger.info(.dashboardLinkIssued, [:])
            let letter = Reply(
                .heading(context.messages("dashboard.letter_title")),
                .text(context.messages("dashboard.letter_body", ["url": DashboardCommand.url(base: base, token: token)])),
                .text(context.messages("dashboard.letter_ignore"))
            )
            if context.isDirect { return [letter] }
            try services.messenger.send(letter, to: context.caller.id)
            return [.text(context.messages("dashboard.sent"))]
        }
    }

    /// The sign-in address for `token` under `base` (a public URL or a listener's address).
    public static func url(base: String, token: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + DashboardSignIn.signInPath + token
    }
}
