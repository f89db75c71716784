/// Reads a fuzz input as a few structured parts, so one byte string can say "this platform", "this person, this
/// button" or "this file, then these variables".
struct FuzzInput {
    /// 0xFF never occurs in UTF-8, so it separates parts without taking any text away from them.
    static let separator: UInt8 = 0xFF

    private var bytes: ArraySlice<UInt8>

    init(_ bytes: [UInt8]) {
        self.bytes = bytes[...]
    }

    /// The first byte, consumed; 0 when the input is empty.
    mutating func byte() -> UInt8 {
        bytes.popFirst() ?? 0
    }

    /// Everything that is left.
    var rest: [UInt8] { Array(bytes) }

    /// What is left, cut at every ``separator``, at most `limit` parts (the last keeps any further separators).
    func parts(limit: Int) -> [[UInt8]] {
        bytes.split(separator: Self.separator, maxSplits: limit - 1, omittingEmptySubsequences: false).map(Array.init)
    }

    /// Bytes as text the way a platform hands it over: invalid UTF-8 becomes U+FFFD.
    static func text(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
