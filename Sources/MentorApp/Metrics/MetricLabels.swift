import ChatPlatforms

/// The closed sets every label value comes from, so no person, address, token or free text can reach `/metrics`:
/// anything outside a set is counted as `other`.
public enum MetricLabels {
    /// The platform names mentord has.
    public static let platforms: Set<String> = [
        SlackPlatform.name, MattermostPlatform.name, TeamsPlatform.name, DiscordPlatform.name, TelegramPlatform.name,
        MatrixPlatform.name, ZulipPlatform.name, EmailSender.name, ConsoleChat.name,
    ]

    /// The methods counted by name; the rest (any token a client sends) are `other`.
    static let methods: Set<String> = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

    /// The label for a request that matched no route.
    public static let unmatchedRoute = "unmatched"

    /// `platform` when mentord has it, else `other`.
    public static func platform(_ platform: String) -> String {
        platforms.contains(platform) ? platform : "other"
    }

    /// The platform a webhook route belongs to, by its first path segment (`/slack/commands` → `slack`), or `other`.
    public static func platform(ofRoute path: String) -> String {
        platform(path.split(separator: "/").first.map(String.init) ?? "")
    }

    /// The method when it is a standard one, else `other`.
    public static func method(_ method: String) -> String {
        methods.contains(method) ? method : "other"
    }

    /// `2xx` for 200…299 and so on; `other` outside 100…599.
    public static func statusClass(_ status: Int) -> String {
        (100...599).contains(status) ? "\(status / 100)xx" : "other"
    }
}
