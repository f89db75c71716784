import MentorCore
import MentorTesting

extension MatchingCast {
    /// A harness where Priya, Alice, Eva and Chiyo mentor public speaking and Bruno wants to learn it, with optional
    /// further settings as `MENTORD_…` variables.
    public static func harness(clock: FakeClock = FakeClock(), settings: [String: String] = [:]) throws -> ChatHarness {
        let chat = try ChatHarness(people: csv, clock: clock, settings: settings)
        for email in ["priya@example.com", "alice@example.com", "eva@example.com", "chiyo@example.com"] {
            try chat.setProfile(email) { profile in
                profile.roles = [.mentor]
                profile.expertise = ["public speaking", "negotiation"]
                profile.capacity = 1
                profile.bio = "Happy to help with talks."
            }
        }
        try chat.setProfile("alice@example.com") { $0.interests = ["chess"] }
        try chat.setProfile("bruno@example.com") { profile in
            profile.roles = [.mentee]
            profile.goals = ["public speaking"]
            profile.interests = ["chess"]
        }
        return chat
    }
}
