/// Short references that tie a vague chat error to the detailed log line, e.g. `E7K2Q9`.
public enum ErrorReference {
    private static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// A new reference, such as `E7K2Q9`.
    public static func make() -> String {
        "E" + RandomToken.code(length: 5, alphabet: alphabet)
    }
}
