import Foundation

/// mentord's one source of unguessable tokens: invite URLs, iCalendar UIDs, link codes, error references, outbox
/// idempotency keys and button references all come from here.
///
/// The bytes come from ``RandomToken/source``: the kernel's CSPRNG (`SystemRandomNumberGenerator`, `getrandom(2)`)
/// until the daemon installs OpenSSL's (`OpenSSLTokenSource` in MentorApp), as DESIGN asks. Core cannot import
/// OpenSSL, hence the seam.
public enum RandomToken {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed: any TokenSource = SystemTokenSource()
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Where random bytes come from; set once at start-up.
    public static var source: any TokenSource {
        get { lock.withLock { installed } }
        set { lock.withLock { installed = newValue } }
    }

    /// `count` random bytes.
    private static func bytes(_ count: Int) -> [UInt8] { source.randomBytes(count) }

    /// `bytes` random bytes as lowercase hex (128 bits by default).
    public static func hex(bytes count: Int = 16) -> String {
        let digits = hexDigits
        var out: [UInt8] = []
        out.reserveCapacity(count * 2)
        for byte in bytes(count) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `length` characters drawn uniformly from `alphabet` (rejection sampling, so no character is favoured).
    public static func code(length: Int, alphabet: [Character]) -> String {
        precondition(!alphabet.isEmpty && alphabet.count <= 256, "an alphabet of 1 to 256 characters")
        let limit = 256 - 256 % alphabet.count
        var out = ""
        var drawn = 0
        while drawn < length {
            for byte in bytes(length) where Int(byte) < limit && drawn < length {
                out.append(alphabet[Int(byte) % alphabet.count])
                drawn += 1
            }
        }
        return out
    }
}
