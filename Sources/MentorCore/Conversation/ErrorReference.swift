/// Short references that tie a vague chat error to the detailed log line, e.g. `E7K2Q9`.
enum ErrorReference {
    private static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return "E" + String((0..<5).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
