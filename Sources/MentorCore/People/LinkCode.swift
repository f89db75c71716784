import Foundation

/// One-time codes that connect a chat account to a person when the platform does not share emails.
public enum LinkCode {
    /// How long a code stays valid.
    public static let lifetime: TimeInterval = 24 * 3600
    /// No 0/O or 1/I/L, so codes survive being read aloud or retyped.
    private static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// A new 8-character code from mentord's secure token source.
    public static func generate() -> String {
        RandomToken.code(length: 8, alphabet: alphabet)
    }

    /// The canonical form of a typed code: uppercase, without spaces or dashes.
    public static func normalise(_ typed: String) -> String {
        typed.uppercased().filter { $0.isLetter || $0.isNumber }
    }

    /// `K7Q2-M9XD`, easier to read.
    public static func display(_ code: String) -> String {
        code.count == 8 ? "\(code.prefix(4))-\(code.suffix(4))" : code
    }
}
