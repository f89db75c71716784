import Foundation

/// `mentord forget EMAIL`: erases a person's personal data and keeps what anonymous aggregates count.
///
/// In one transaction, in this order:
/// 1. the person becomes a ``PersonTombstone`` (no name, email or chat account), and messages still waiting that are
///    to them, name them or invite to one of their meetings are withdrawn;
/// 2. they leave the program as `leave` does (``ProgramWithdrawal``): pairings close and the other person gets the
///    kind letter, which names only the tombstone; offers pass on; meetings with partners are cancelled;
/// 3. everything else about them is deleted or scrubbed (``PersonalDataStore/erase(_:identifiers:tombstone:tally:)``):
///    profile and search terms, roles, demographics, reflections, goals, conversations, link codes, calendar feed,
///    held messages, inbox rows and button values that carry them; kudos, request topics and survey comments keep
///    their rows (so counts stay right) with the text emptied; audit entries keep the action with their identifiers
///    replaced by the tombstone's;
/// 4. the forget itself is audited, naming only the tombstone.
///
/// Making the file itself forget (secure delete, checkpoint, VACUUM) is the store's work after the commit.
public struct PersonErasure: Sendable {
    let services: MentorServices
    let store: any PersonalDataStore
    let catalog: MessageCatalog

    public init(services: MentorServices, store: any PersonalDataStore, catalog: MessageCatalog) {
        self.services = services
        self.store = store
        self.catalog = catalog
    }

    /// What a forget did.
    public struct Outcome: Sendable {
        public var tombstone: PersonTombstone
        /// What leaving the program ended (pairings closed, offers passed on…).
        public var withdrawal: ProgramWithdrawal.Plan
        public var tally: ErasureTally
    }

    /// What leaving the program would end for `person`, for the operator's confirmation.
    public func preview(_ person: Person) throws -> ProgramWithdrawal.Plan {
        try ProgramWithdrawal(services: services, catalog: catalog).plan(for: person)
    }

    /// Their email, name and chat user ids, and whether anyone else has the same name.
    public func identifiers(of person: Person) throws -> PersonalIdentifiers {
        let namesakes = try services.directory.directoryNames().filter {
            $0.id != person.id && $0.displayName.lowercased() == person.displayName.lowercased()
        }
        return PersonalIdentifiers(
            email: person.email, displayName: person.displayName, chatUserIDs: try store.chatAccounts(of: person.id).map(\.userID),
            nameIsShared: !namesakes.isEmpty
        )
    }

    /// Forgets `person` on behalf of `actor` (`cli`).
    public func forget(_ person: Person, by actor: String) throws -> Outcome {
        try services.transaction {
            let now = services.clock.now
            let identifiers = try identifiers(of: person)
            let tombstone = PersonTombstone(
                for: person.id, displayName: catalog.localized(to: MessageCatalog.fallbackLanguage)("forget.former_member")
            )
            var tally = try store.tombstone(person.id, as: tombstone, identifiers: identifiers, at: now)
            var former = person
            former.email = tombstone.email
            former.displayName = tombstone.displayName
            former.status = .left
            let withdrawal = try ProgramWithdrawal(services: services, catalog: catalog).withdraw(former)
            try store.erase(person.id, identifiers: identifiers, tombstone: tombstone, tally: &tally)
            try services.auditLog.record(AuditEntry(
                at: now, actor: actor, action: .forgetPerson, subject: tombstone.email,
                detail: "pairings closed \(withdrawal.pairings.count); \(tally.sentence)"
            ))
            return Outcome(tombstone: tombstone, withdrawal: withdrawal, tally: tally)
        }
    }
}
