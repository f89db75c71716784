/// `mentord serve`: run the daemon.
struct ServeCommand: CLICommand {
    static let descriptor = CLIDescriptor(
        ["serve"], options: [CLIDescriptor.configOption],
        summary: "Run the daemon: HTTP listener for chat platforms, plus the console when asked",
        discussion: """
            Opens the database (applying migrations), imports org.seed_csv when the directory is empty,
            listens on http.host:http.port and answers /healthz and /readyz. SIGTERM or Ctrl-C stops accepting,
            lets in-flight requests finish (up to 10 s) and exits 0.
            """,
        examples: ["mentord serve", "MENTORD_HTTP_PORT=9090 mentord serve --config /etc/mentord/mentord.json"]
    )

    func run(_ arguments: ParsedArguments, _ terminal: Terminal) throws -> Int32 {
        let (values, app) = try ConfigResolution.openWithValues(arguments, terminal)
        return try Daemon(app: app, values: values, terminal: terminal).run()
    }
}
