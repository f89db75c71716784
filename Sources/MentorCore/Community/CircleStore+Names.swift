import Foundation

/// Circle names as people type them: case, accents and spacing ignored, so `negociacao latam` is the circle
/// "Negociação LATAM", as `@joao ribeiro` is João Ribeiro.
extension CircleStore {
    /// The circle whose name is `typed`, ignoring case, accents and runs of spaces.
    public func circle(called typed: String) throws -> Circle? {
        let key = Self.nameKey(typed)
        return try circles().first { Self.nameKey($0.name) == key }
    }

    /// `"  Negociação   LATAM "` → `"negociacao latam"`.
    static func nameKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
