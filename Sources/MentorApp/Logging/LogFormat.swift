import MentorCore

/// How log lines are written: `text` for a person at a terminal, `json` for a log collector, `auto` to pick by
/// whether stderr is a terminal. The config key `log.format` (`MENTORD_LOG_FORMAT`) chooses.
public enum LogFormat: String, Sendable, CaseIterable {
    case auto, text, json

    /// The logger writing to `terminal`'s stderr in this format.
    public func logger(level: LogLevel, for terminal: Terminal) -> any Logger {
        let useText = self == .text || self == .auto && terminal.errorIsInteractive
        return useText
            ? TextLineLogger(level: level, write: terminal.errorOutput)
            : JSONLineLogger(level: level, write: terminal.errorOutput)
    }
}
