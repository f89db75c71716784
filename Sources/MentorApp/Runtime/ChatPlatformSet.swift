import ChatPlatforms
import HTTPClient
import MentorCore
import MentorStore

/// The chat platforms switched on by configuration: their HTTP routes and their outbox senders.
struct ChatPlatformSet {
    var routes: [PlatformRoute] = []
    var senders: [any PlatformSender] = []
    /// Names of the enabled platforms, for the start-up log.
    var names: [String] = []
    /// Platforms that poll (Matrix) rather than receive webhooks; started and stopped with the daemon.
    var pollers: [any PollingPlatform] = []

    /// Builds every platform whose settings are present.
    init(values: ConfigValues, app: MentorApplication, assistant: MentorAssistant, wake: @escaping @Sendable () -> Void) throws(CLIFailure) {
        let slack = try SlackSettings.workspaces(values)
        if !slack.isEmpty { addSlack(slack, app: app, assistant: assistant, wake: wake) }
        let sendLater: @Sendable (OutgoingMessage) -> Void = { message in
            do {
                try app.outbox.enqueue(message)
            } catch {
                app.logger.error(.outboxFailed, ["platform": .string(message.platform), "error": .string(String(describing: error))])
            }
            wake()
        }
        if let discord = try DiscordSettings.settings(values) {
            let platform = DiscordPlatform(
                publicKey: discord.publicKey, applicationID: discord.applicationID, respond: assistant.handle, sendLater: sendLater
            )
            routes += platform.routes
            senders.append(DiscordSender(client: CurlHTTPClient()))
            names.append(DiscordPlatform.name)
        }
        if let teams = try TeamsSettings.platform(values, respond: assistant.handle) {
            routes += teams.routes
            names.append(TeamsPlatform.name)
        }
        if let mattermost = try MattermostSettings.platform(values, respond: assistant.handle) {
            routes += mattermost.routes
            names.append(MattermostPlatform.name)
        }
        if let zulip = ZulipSettings.platform(values, respond: assistant.handle) {
            routes += zulip.routes
            names.append(ZulipPlatform.name)
        }
        let restSenders: [(any PlatformSender)?] = [
            MattermostSettings.sender(values), ZulipSettings.sender(values), TeamsSettings.sender(values),
        ]
        senders += restSenders.compactMap { $0 }
        if let (telegram, sender) = try TelegramSettings.platform(values, respond: assistant.handle, sendLater: sendLater) {
            routes += telegram.routes
            senders.append(sender)
            names.append(TelegramPlatform.name)
        }
        if TelegramSettings.isPolling(values) {
            let token = values.secret("telegram.bot_token"), username = values.string("telegram.bot_username")
            guard !token.isEmpty, !username.isEmpty else {
                throw CLIFailure("Telegram poll mode needs MENTORD_TELEGRAM_BOT_TOKEN and MENTORD_TELEGRAM_BOT_USERNAME", exitCode: ExitCode.config)
            }
            pollers.append(ChatPlatformSet.telegramPoller(token: token, username: username, app: app, assistant: assistant, wake: wake))
            senders.append(TelegramSender(botToken: token, client: CurlHTTPClient()))
            names.append(TelegramPlatform.name + " (getUpdates)")
        }
        if let matrix = try MatrixSettings.connect(values) {
            pollers.append(ChatPlatformSet.matrixPoller(matrix, app: app, assistant: assistant, wake: wake))
            let state = SQLitePlatformState(database: app.database, clock: app.clock)
            senders.append(MatrixSender(api: matrix.api, directRooms: MatrixDirectRooms(
                load: { try? state.value(ChatPlatformSet.directRoomKey($0)) }, save: { try? state.set(ChatPlatformSet.directRoomKey($0), $1) }
            )))
            names.append(MatrixPlatform.name)
        }
    }

    /// Telegram's getUpdates loop: each batch's replies and the next offset are stored in one transaction.
    static func telegramPoller(
        token: Secret, username: String, app: MentorApplication, assistant: MentorAssistant, wake: @escaping @Sendable () -> Void,
        apiBase: String = "https://api.telegram.org"
    ) -> TelegramPoller {
        let state = SQLitePlatformState(database: app.database, clock: app.clock)
        let key = "telegram.offset." + username.lowercased()
        return TelegramPoller(
            botToken: token, botUsername: username, client: CurlHTTPClient(), apiBase: apiBase,
            loadOffset: { (try? state.value(key)).flatMap { $0.flatMap(Int.init) } },
            process: { batch in
                guard let next = batch.nextOffset else { return }
                try app.database.transaction { _ in
                    for (incoming, chatID) in batch.commands {
                        for reply in assistant.handle(incoming) {
                            try app.outbox.enqueue(OutgoingMessage(
                                platform: TelegramPlatform.name, workspace: incoming.sender.workspace,
                                destination: .conversation(chatID), reply: reply
                            ))
                        }
                    }
                    try state.set(key, String(next))
                }
                if !batch.commands.isEmpty { wake() }
            },
            log: { message in app.logger.warning(.platformPollFailed, ["platform": "telegram", "error": .string(message)]) }
        )
    }

    /// The Matrix sync loop: each batch's replies and its `next_batch` are stored in one transaction.
    /// The platform-state key of a Matrix user's direct chat with mentord.
    static func directRoomKey(_ userID: String) -> String { "matrix.dm." + userID }

    static func matrixPoller(
        _ matrix: (api: MatrixAPI, ownUserID: String, allowedServers: Set<String>), app: MentorApplication,
        assistant: MentorAssistant, wake: @escaping @Sendable () -> Void
    ) -> MatrixPlatform {
        let state = SQLitePlatformState(database: app.database, clock: app.clock)
        let key = "matrix.next_batch." + matrix.ownUserID
        return MatrixPlatform(
            api: matrix.api, ownUserID: matrix.ownUserID, allowedServers: matrix.allowedServers,
            loadPosition: { try? state.value(key) },
            process: { batch in
                try app.database.transaction { _ in
                    for incoming in batch.commands {
                        for reply in assistant.handle(incoming) {
                            try app.outbox.enqueue(OutgoingMessage(
                                platform: MatrixPlatform.name, workspace: incoming.sender.workspace,
                                destination: .conversation(incoming.conversation), reply: reply
                            ))
                        }
                    }
                    // A direct chat someone invites mentord into is where it reaches them privately later.
                    for (user, room) in batch.directRooms { try state.set(directRoomKey(user), room) }
                    try state.set(key, batch.nextBatch)
                }
                if !batch.commands.isEmpty { wake() }
            },
            log: { message in app.logger.warning(.platformPollFailed, ["platform": "matrix", "error": .string(message)]) }
        )
    }

    private mutating func addSlack(
        _ slack: [SlackWorkspace], app: MentorApplication, assistant: MentorAssistant, wake: @escaping @Sendable () -> Void
    ) {
        let platform = SlackPlatform(
            workspaces: slack, respond: assistant.handle,
            respondLater: { incoming, destination in
                ChatPlatformSet.respondLater(incoming, destination, platform: SlackPlatform.name, app: app, assistant: assistant)
                wake()
            },
            now: { app.clock.now }
        )
        routes += platform.routes
        senders.append(SlackSender(workspaces: slack, client: CurlHTTPClient()))
        names.append(SlackPlatform.name)
    }

    /// Handles `incoming` and queues its replies in one transaction, so a change and its message are kept together.
    static func respondLater(
        _ incoming: Incoming, _ destination: OutgoingMessage.Destination, platform: String, app: MentorApplication,
        assistant: MentorAssistant
    ) {
        do {
            try app.database.transaction { _ in
                for reply in assistant.handle(incoming) {
                    try app.outbox.enqueue(OutgoingMessage(
                        platform: platform, workspace: incoming.sender.workspace, destination: destination, reply: reply
                    ))
                }
            }
        } catch {
            app.logger.error(.outboxFailed, ["platform": .string(platform), "error": .string(String(describing: error))])
        }
    }
}
