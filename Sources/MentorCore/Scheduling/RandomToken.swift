/// Unguessable tokens for invite URLs and iCalendar UIDs, from the system's cryptographically secure generator.
public enum RandomToken {
    /// `bytes` random bytes as lowercase hex (128 bits by default).
    public static func hex(bytes: Int = 16) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in
            let byte = UInt8.random(in: 0...255, using: &generator)
            return String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }.joined()
    }
}
