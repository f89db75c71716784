/// Every configuration key mentord reads. The README's configuration table mirrors this list.
///
/// Each chat platform declares its own keys next to its wiring (`Platforms/`); a platform is on when its settings are set.
public enum ConfigSchema {
    public static let keys: [ConfigKey] = daemonKeys + PlatformSettings.keys

    /// The daemon's own keys.
    static let daemonKeys: [ConfigKey] = [
        ConfigKey("data", "dir", .text, default: "./var", "Directory holding mentord.sqlite (created if missing)."),
        ConfigKey("http", "host", .text, default: "127.0.0.1", "Address the HTTP listener binds to."),
        ConfigKey("http", "port", .integer(0...65535), default: "8080", "TCP port of the HTTP listener; 0 picks a free one."),
        ConfigKey(
            "http", "body_limit_bytes", .integer(1024...67_108_864), default: "1048576",
            "Largest request body accepted; bigger ones get 413."
        ),
        ConfigKey(
            "http", "connection_timeout_seconds", .integer(1...600), default: "30",
            "Idle connections are closed after this many seconds."
        ),
        ConfigKey("http", "threads", .integer(1...64), default: "4", "Worker threads answering HTTP requests."),
        ConfigKey(
            "http", "max_connections", .integer(1...1_000_000), default: "4096",
            "Connections held at once; more are closed at once (lowered to what the open-file limit allows)."
        ),
        ConfigKey(
            "http", "max_connections_per_ip", .integer(0...1_000_000), default: "64",
            "Connections held at once from one client address; more are closed at once. 0: no limit."
        ),
        ConfigKey(
            "http", "request_deadline_seconds", .integer(0...3600), default: "15",
            "Each request's headers and body must arrive within this many seconds, however slowly sent. 0: no deadline."
        ),
        ConfigKey("log", "level", .choice(["debug", "info", "warning", "error"]), default: "info", "Lowest level logged."),
        ConfigKey(
            "log", "format", .choice(LogFormat.allCases.map(\.rawValue)), default: "auto",
            "text (short lines), json (one object per line), or auto: text when stderr is a terminal, else json."
        ),
        ConfigKey("prompts", "dir", .text, default: "Prompts", "Directory of user-facing texts, one folder per language."),
        ConfigKey(
            "catalog", "synonyms_file", .text, default: "Config/synonyms.json",
            "Groups of equivalent words for find (e.g. ml = machine learning); empty for none."
        ),
        ConfigKey(
            "matching", "programs_file", .text, default: "Config/programs.json",
            "Mentoring programs with their matching weights, rules and timings; empty for the standard 1:1 program."
        ),
        ConfigKey(
            "scheduling", "public_url", .text, default: "",
            "Where people reach mentord's HTTP listener, for calendar invite links (https://mentord.example.com); empty means the address serve's listener actually bound."
        ),
        ConfigKey(
            "scheduling", "edge_minutes", .integer(0...360), default: "180",
            "How far before or after working hours a meeting may reach when no time suits everyone."
        ),
        ConfigKey(
            "scheduling", "lead_minutes", .integer(0...10_080), default: "60",
            "The earliest a proposed meeting may start, in minutes from now."
        ),
        ConfigKey(
            "scheduling", "feed_refresh_minutes", .integer(5...1440), default: "15",
            "How often serve re-reads people's published calendar feeds (with ETag, so unchanged feeds cost little)."
        ),
        ConfigKey(
            "scheduling", "holidays_dir", .text, default: "Config/holidays",
            "Folder of holiday calendars, one ICS file per country (BR.ics) or site (site-Tokyo.ics); proposals and bookings skip them. Empty for none."
        ),
        ConfigKey(
            "community", "channels_file", .text, default: "Config/channels.json",
            "Channels announcements and office hours can post to, with the zones each serves; empty for none."
        ),
        ConfigKey(
            "community", "recognition_channel", .text, default: "",
            "The channel (by name, from the channels file) for the monthly recognition post; empty for none."
        ),
        ConfigKey(
            "jobs", "poll_seconds", .integer(1...3600), default: "30",
            "The longest serve waits between looks at the job table (reminders, check-ins); it wakes earlier for the next due job."
        ),
        ConfigKey(
            "org", "seed_csv", .text, default: "",
            "People CSV imported by serve when the directory is empty (make run uses Config/sample-org.csv)."
        ),
        ConfigKey(
            "org", "seed_profiles_csv", .text, default: "",
            "Profiles CSV imported by serve right after the seed people (make run uses Config/sample-profiles.csv)."
        ),
        ConfigKey(
            "console", "as", .text, default: "",
            "When set and stdin is a terminal, serve also opens the console as this email."
        ),
        ConfigKey(
            "calendar", "allow_http_hosts", .text, default: "",
            "Comma-separated hosts whose calendar feeds may use plain http://; every other feed needs https:// (or webcal://)."
        ),
        ConfigKey(
            "calendar", "allow_addresses", .text, default: "",
            "Comma-separated CIDR blocks, addresses or host names calendar feeds may reach although loopback, private, link-local or metadata (refused otherwise); entries that are none of these allow nothing."
        ),
        ConfigKey(
            "people", "forget_departed_after_days", .integer(0...36_500), default: "0",
            "import people --full-sync also forgets (as mentord forget does) people who left more than this many days ago; 0 for never."
        ),
        ConfigKey(
            "calendar", "max_feed_bytes", .integer(1024...16_777_216), default: "1048576",
            "Largest published calendar (ICS feed) mentord reads; a larger one is reported to its owner and not used."
        ),
        ConfigKey(
            "calendar", "max_events", .integer(1...1_000_000), default: "10000",
            "Events read from one calendar feed; later ones are left out and reported."
        ),
        ConfigKey(
            "calendar", "max_occurrences", .integer(1...1_000_000), default: "5000",
            "Occurrences one feed may expand to in the weeks a schedule looks at; later ones are left out and reported."
        ),
        ConfigKey(
            "calendar", "expansion_budget_ms", .integer(1...10_000), default: "250",
            "Time one feed's repeating events may take to expand for a schedule; the rest is left out and reported."
        ),
        ConfigKey(
            "insights", "refresh_seconds", .integer(0...3600), default: "60",
            "How long the dashboard keeps the numbers it read before reading them again; 0 reads them for every page."
        ),
        ConfigKey(
            "metrics", "token", .text, default: "", secret: true,
            "Bearer token /metrics requires; unset, /metrics is served only when http.host is loopback (404 otherwise)."
        ),
        ConfigKey(
            "dashboard", "idle_minutes", .integer(1...720), default: "30",
            "A dashboard session unused for this many minutes ends (sessions last 12 hours at most); sign in again with a new link."
        ),
    ]
}
