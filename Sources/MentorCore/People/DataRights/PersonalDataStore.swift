import Foundation

/// What `export` and `forget` need from storage beyond the other stores: the rows about one person that no other
/// store hands out, and the erasure itself. MentorStore implements it on SQLite.
public protocol PersonalDataStore: Sendable {
    /// Their linked chat accounts, oldest link first.
    func chatAccounts(of person: PersonID) throws -> [PersonalDataDocument.ChatAccountRecord]
    /// Their self-reported demographics, if they consented to give them.
    func demographics(of person: PersonID) throws -> PersonalDataDocument.ConsentRecord.Demographics?
    /// Every request they made as a mentee, open or closed, by id.
    func requestIDs(mentee person: PersonID) throws -> [Int64]
    /// Every offer they were part of, as mentor or mentee, by id.
    func offerIDs(involving person: PersonID) throws -> [Int64]
    /// Every meeting they host or were invited to, cancelled ones included, by id.
    func meetingIDs(attendedBy person: PersonID) throws -> [Int64]
    /// Kudos they gave and received, oldest first.
    func kudos(involving person: PersonID) throws -> [KudosEntry]
    /// People marked `left` whose directory row last changed before `date` (the HRIS import marks the departure
    /// then), tombstones excluded, by id.
    func departedPeople(before date: Date) throws -> [PersonID]
    /// Audit entries whose actor or subject is `email`, or whose detail mentions it, oldest first.
    func auditEntries(mentioning email: String) throws -> [AuditEntry]
    /// Their HR history (status and career stage by day), oldest first.
    func employmentHistory(of person: PersonID) throws -> [EmploymentState]

    /// Turns the directory row into ``PersonTombstone``'s values, unlinks every chat account, takes `identifiers` out
    /// of meeting titles, and withdraws messages not yet delivered that name them or carry an invitation to one of
    /// their meetings; so whatever the withdrawal that follows writes names only the tombstone and reaches nobody on
    /// the person's accounts. Call inside a transaction.
    func tombstone(_ person: PersonID, as tombstone: PersonTombstone, identifiers: PersonalIdentifiers, at date: Date) throws -> ErasureTally
    /// Deletes or scrubs everything else about `person` (see ``PersonErasure``): `identifiers` in other people's
    /// rows become the tombstone's display name, and in the audit log its email. Call inside a transaction, after
    /// ``tombstone(_:as:identifiers:at:)``.
    func erase(_ person: PersonID, identifiers: PersonalIdentifiers, tombstone: PersonTombstone, tally: inout ErasureTally) throws
}

/// One kudos a person gave or received.
public struct KudosEntry: Sendable, Equatable {
    public var from: PersonID
    public var to: PersonID
    public var message: String
    public var at: Date

    public init(from: PersonID, to: PersonID, message: String, at: Date) {
        self.from = from
        self.to = to
        self.message = message
        self.at = at
    }
}

/// How many rows an erasure deleted and scrubbed, by what they held (`reflections`, `outbox`…), for the operator's
/// summary and the audit entry.
public struct ErasureTally: Sendable, Equatable {
    public private(set) var deleted: [String: Int] = [:]
    public private(set) var scrubbed: [String: Int] = [:]

    public init() {}

    public mutating func delete(_ what: String, _ count: Int) {
        guard count > 0 else { return }
        deleted[what, default: 0] += count
    }

    public mutating func scrub(_ what: String, _ count: Int) {
        guard count > 0 else { return }
        scrubbed[what, default: 0] += count
    }

    /// `deleted: outbox 2, reflections 3; scrubbed: kudos 2`, sorted by name.
    public var sentence: String {
        func list(_ counts: [String: Int]) -> String {
            counts.isEmpty ? "nothing" : counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        return "deleted: \(list(deleted)); scrubbed: \(list(scrubbed))"
    }
}
