/// Cryptographically secure random bytes.
public protocol TokenSource: Sendable {
    /// `count` random bytes.
    func randomBytes(_ count: Int) -> [UInt8]
}

/// The kernel's CSPRNG through `SystemRandomNumberGenerator`.
public struct SystemTokenSource: TokenSource {
    public init() {}

    public func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}
