/// Process exit statuses, following BSD `sysexits.h` so scripts can tell failures apart.
public enum ExitCode {
    public static let success: Int32 = 0
    /// A general failure the message explains.
    public static let failure: Int32 = 1
    /// The command was typed wrong.
    public static let usage: Int32 = 64
    /// The input data was bad (a CSV with bad rows, a newer database).
    public static let dataError: Int32 = 65
    /// An input file does not exist.
    public static let noInput: Int32 = 66
    /// A bug: details are in the log.
    public static let software: Int32 = 70
    /// A file could not be written.
    public static let ioError: Int32 = 74
    /// The configuration is invalid.
    public static let config: Int32 = 78
}
