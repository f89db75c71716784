/// Short references that tie a vague chat error to the detailed log line, e.g. `E7K2Q9`.
enum ErrorReference {
    private static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    static func make() -> String {
        "E" + RandomToken.code(length: 5, alphabet: alphabet)
    }
}
