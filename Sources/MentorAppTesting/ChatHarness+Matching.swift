import ChatPlatforms
import Foundation
import MentorApp
import MentorCore
import MentorStore
import MentorTesting

extension ChatHarness {
    /// Messages mentord sent `email` while they were away (they have no linked platform in the harness), as plain
    /// text, oldest first. Reading them takes them, as the console does.
    public func inbox(of email: String) throws -> String {
        try inboxMessages(of: email).joined(separator: "\n\n")
    }

    /// Like ``inbox(of:)``, one string per message.
    public func inboxMessages(of email: String) throws -> [String] {
        guard let person = try directory.person(email: email) else { preconditionFailure("no \(email) in the harness") }
        return try app.messenger.takeHeld(for: person.id).map(PlainTextRenderer().render)
    }

    /// The services commands use, over the harness's database and fake clock.
    public func services() throws -> MentorServices {
        assistant.services
    }

    /// Saves a joined profile for `email`, changed by `edit`, as if they had gone through `join` and `profile set`.
    public func setProfile(_ email: String, _ edit: (inout Profile) -> Void) throws {
        guard let person = try directory.person(email: email) else { preconditionFailure("no \(email) in the harness") }
        var profile = try profiles.profileOrDefault(for: person.id)
        profile.consentedAt = profile.consentedAt ?? clock.now
        edit(&profile)
        try profiles.save(profile)
    }

    /// The pairings as `mentor email → mentee email (status)`, oldest first.
    public func pairings() throws -> [String] {
        try assistant.services.pairings.pairings(program: nil, status: nil).map { pairing in
            let mentor = try directory.person(id: pairing.mentor)?.email ?? "?"
            let mentee = try directory.person(id: pairing.mentee)?.email ?? "?"
            return "\(mentor) → \(mentee) (\(pairing.status.rawValue))"
        }
    }

    /// Ends every active pairing at the fake clock's time, as a finished mentorship would.
    public func endActivePairings() throws {
        for pairing in try assistant.services.pairings.pairings(program: nil, status: .active) {
            try assistant.services.pairings.endPairing(id: pairing.id, at: clock.now)
        }
    }
}
