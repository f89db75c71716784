/// The programs a deployment runs, from `Config/programs.json`; the first is the default for `request`.
public struct MatchPrograms: Sendable, Equatable {
    public let all: [MatchProgram]

    /// - Precondition: ids are unique; an empty list means the standard 1:1 program.
    public init(_ programs: [MatchProgram]) {
        all = programs.isEmpty ? [.standard] : programs
    }

    public static let standard = MatchPrograms([])

    public var primary: MatchProgram { all[0] }

    public func program(id: String) -> MatchProgram? { all.first { $0.id == id } }

    /// The program a request or pairing was made in, or the primary one if it has since left the programs file.
    public func recorded(_ id: String) -> MatchProgram { program(id: id) ?? primary }
}
