/// Groups of words that mean the same thing to someone searching for a mentor, from `Config/synonyms.json`.
///
/// `[["public speaking", "presenting", "presentations"], ["ml", "machine learning"]]`
public struct SynonymTable: Sendable, Equatable {
    public let groups: [[String]]

    public init(groups: [[String]]) {
        self.groups = groups.map { $0.map(TagList.normalise).filter { !$0.isEmpty } }.filter { $0.count > 1 }
    }

    public static let empty = SynonymTable(groups: [])
}
