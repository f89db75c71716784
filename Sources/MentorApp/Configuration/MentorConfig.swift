import Calendars
import ChatPlatforms
import HTTPServer
import MentorCore

/// The typed configuration the daemon runs with.
public struct MentorConfig: Sendable {
    public var dataDirectory: String
    public var http: HTTPServerConfiguration
    public var logLevel: LogLevel
    public var logFormat: LogFormat
    public var promptsDirectory: String
    public var synonymsFile: String?
    public var seedCSV: String?
    public var seedProfilesCSV: String?
    public var programsFile: String?
    public var consoleEmail: String?
    public var scheduling: SchedulingSettings
    public var feedRefreshMinutes: Int
    /// How long the dashboard keeps facts it read.
    public var dashboardRefreshSeconds: Int
    public var jobPollSeconds: Int
    public var channelsFile: String?
    public var recognitionChannel: String?
    /// The folder of holiday calendars (`BR.ics`, `site-Tokyo.ics`); nil for none.
    public var holidaysDirectory: String?
    /// Which platforms can deliver channel posts with these settings.
    public var channelPlatforms: ChannelPlatforms
    /// Where calendar feeds may be fetched from.
    public var calendarFetch: CalendarFetchSettings
    /// How much work one published calendar may cost (`calendar.*`).
    public var calendarLimits: CalendarLimits
    /// Where someone with no chat link is found by email (`slack.people_by_email`).
    public var emailReach: [EmailReach]
    /// Platforms that can only answer what they are sent, so a person's account there cannot carry a message mentord
    /// starts: Teams' outgoing webhook, and Discord without a bot token.
    public var replyOnlyPlatforms: [String]
    /// Minutes a dashboard session may go unused before it ends (`dashboard.idle_minutes`).
    public var dashboardIdleMinutes: Int

    public init(_ values: ConfigValues) {
        dataDirectory = values.string("data.dir")
        http = HTTPServerConfiguration(
            host: values.string("http.host"), port: values.int("http.port"),
            bodyLimitBytes: values.int("http.body_limit_bytes"),
            connectionTimeoutSeconds: values.int("http.connection_timeout_seconds"), threadCount: values.int("http.threads"),
            connectionLimit: values.int("http.max_connections"),
            perIPConnectionLimit: values.int("http.max_connections_per_ip"),
            requestDeadlineSeconds: values.int("http.request_deadline_seconds")
        )
        logLevel = LogLevel(rawValue: values.string("log.level")) ?? .info
        logFormat = LogFormat(rawValue: values.string("log.format")) ?? .auto
        promptsDirectory = values.string("prompts.dir")
        synonymsFile = values.string("catalog.synonyms_file").isEmpty ? nil : values.string("catalog.synonyms_file")
        programsFile = values.string("matching.programs_file").isEmpty ? nil : values.string("matching.programs_file")
        seedCSV = values.string("org.seed_csv").isEmpty ? nil : values.string("org.seed_csv")
        seedProfilesCSV = values.string("org.seed_profiles_csv").isEmpty ? nil : values.string("org.seed_profiles_csv")
        consoleEmail = values.string("console.as").isEmpty ? nil : values.string("console.as")
        let publicURL = values.string("scheduling.public_url")
        let data = dataDirectory
        scheduling = SchedulingSettings(
            publicURL: publicURL, edgeMinutes: values.int("scheduling.edge_minutes"),
            leadMinutes: values.int("scheduling.lead_minutes"), listener: ListenerAddress { ListenerAddressFile.read(dataDirectory: data) }
        )
        feedRefreshMinutes = values.int("scheduling.feed_refresh_minutes")
        dashboardRefreshSeconds = values.int("insights.refresh_seconds")
        jobPollSeconds = values.int("jobs.poll_seconds")
        channelsFile = values.string("community.channels_file").isEmpty ? nil : values.string("community.channels_file")
        recognitionChannel = values.string("community.recognition_channel").isEmpty ? nil : values.string("community.recognition_channel")
        holidaysDirectory = values.string("scheduling.holidays_dir").isEmpty ? nil : values.string("scheduling.holidays_dir")
        channelPlatforms = ChannelPlatformSettings.platforms(values)
        emailReach = SlackSettings.emailReach(values) + EmailSettings.emailReach(values)
        replyOnlyPlatforms = (DiscordSettings.canStartMessages(values) ? [] : [DiscordPlatform.name]) + (TeamsSettings.canStartMessages(values) ? [] : [TeamsPlatform.name])
        calendarFetch = CalendarFetchSettings(values)
        dashboardIdleMinutes = values.int("dashboard.idle_minutes")
        calendarLimits = CalendarLimits(
            maximumFeedBytes: values.int("calendar.max_feed_bytes"), maximumEvents: values.int("calendar.max_events"),
            maximumOccurrences: values.int("calendar.max_occurrences"), budgetMilliseconds: values.int("calendar.expansion_budget_ms")
        )
    }

    /// The SQLite file inside the data directory.
    public var databasePath: String { dataDirectory + "/mentord.sqlite" }
}
