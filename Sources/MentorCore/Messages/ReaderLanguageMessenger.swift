/// A ``PersonMessenger`` that finishes each message for its reader's language before it is stored: a person's in
/// theirs, a channel's in its first language. Letters are written in the reader's language already; this adds the
/// word before a button's typed fallback, which only the reader's language decides.
struct ReaderLanguageMessenger: PersonMessenger {
    let wrapped: any PersonMessenger
    let profiles: any ProfileStore
    let catalog: MessageCatalog

    init(wrapping messenger: any PersonMessenger, profiles: any ProfileStore, catalog: MessageCatalog) {
        // Wrapping twice would look the language up twice; the inner one is enough.
        wrapped = (messenger as? ReaderLanguageMessenger)?.wrapped ?? messenger
        self.profiles = profiles
        self.catalog = catalog
    }

    func send(_ reply: Reply, to person: PersonID) throws {
        let language = try profiles.profile(for: person)?.language ?? MessageCatalog.fallbackLanguage
        try wrapped.send(reply.prompting(in: catalog.localized(to: language)), to: person)
    }

    func takeHeld(for person: PersonID) throws -> [Reply] {
        try wrapped.takeHeld(for: person)
    }

    func unreachable() throws -> [UnreachablePerson] {
        try wrapped.unreachable()
    }

    var sendsEmail: Bool { wrapped.sendsEmail }

    func email(_ reply: Reply, to address: String) throws {
        try wrapped.email(reply, to: address)
    }

    func post(_ reply: Reply, to channel: Channel) throws {
        try wrapped.post(reply.prompting(in: catalog.localized(toChannel: channel)[0]), to: channel)
    }
}
