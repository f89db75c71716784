import MentorCore

/// Loads the configuration named by `--config` or `MENTORD_CONFIG`, turning problems into exit status 78.
enum ConfigResolution {
    static func load(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIFailure) -> (ConfigValues, MentorConfig) {
        let file = arguments.option("config") ?? terminal.environment["MENTORD_CONFIG"]
        do {
            let values = try ConfigLoader(environment: terminal.environment).load(file: file)
            return (values, MentorConfig(values))
        } catch {
            throw CLIFailure(error.description, exitCode: ExitCode.config)
        }
    }

    /// The configuration, a logger at its level and format, and the opened application.
    static func open(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIFailure) -> MentorApplication {
        try openWithValues(arguments, terminal).app
    }

    /// Like ``open(_:_:)``, also returning the configuration values (platform settings are read from them).
    static func openWithValues(_ arguments: ParsedArguments, _ terminal: Terminal) throws(CLIFailure) -> (values: ConfigValues, app: MentorApplication) {
        let (values, config) = try load(arguments, terminal)
        let logger = config.logFormat.logger(level: config.logLevel, for: terminal)
        return (values, try MentorApplication(config: config, logger: logger))
    }
}
