/// The strings that identify a person, which no byte of the database may hold after they are forgotten: their email,
/// display name and chat user ids.
///
/// A display name someone else in the directory also has (two Lea Evans) does not identify them: it is erased from
/// their own rows, but other people's text keeps it, since it may mean the namesake.
public struct PersonalIdentifiers: Sendable, Equatable {
    public var email: String
    public var displayName: String
    public var chatUserIDs: [String]
    /// Whether someone else in the directory has the same display name.
    public var nameIsShared: Bool

    public init(email: String, displayName: String, chatUserIDs: [String], nameIsShared: Bool = false) {
        self.email = email
        self.displayName = displayName
        self.chatUserIDs = chatUserIDs
        self.nameIsShared = nameIsShared
    }

    /// Every identifier that is theirs alone, longest first, so a replacement never leaves half of a longer one behind.
    public var all: [String] {
        ([email] + (nameIsShared ? [] : [displayName]) + chatUserIDs).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// The identifiers together with the spellings a form-encoded or lower-cased copy would hold
    /// (`alice%40example.com`, `Alice+Nguyen`), for finding rows that carry raw platform bodies.
    public var spellings: [String] {
        var spellings: [String] = []
        for identifier in all {
            let formEncoded = identifier.addingPercentEncoding(withAllowedCharacters: .formValue) ?? identifier
            for spelling in [identifier, identifier.lowercased(), formEncoded, formEncoded.replacingOccurrences(of: "%20", with: "+")]
            where !spellings.contains(spelling) {
                spellings.append(spelling)
            }
        }
        return spellings
    }
}

import Foundation

extension CharacterSet {
    /// What `application/x-www-form-urlencoded` leaves as it is.
    fileprivate static let formValue = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._*"))
}
